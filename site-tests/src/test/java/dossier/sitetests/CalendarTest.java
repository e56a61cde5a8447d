package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rounds.ics is iCalendar (RFC 5545) with one all-day VEVENT per round and leaders' meeting. */
class CalendarTest {

    private static final String ICS = BakedSite.text("rounds.ics");

    /** Each VEVENT's properties, unfolded, by UID. */
    private static Map<String, List<String>> events() {
        Map<String, List<String>> events = new TreeMap<>();
        List<String> current = null;
        for (String line : Arrays.asList(ICS.replace("\r\n ", "").split("\r\n"))) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new ArrayList<>();
            } else if (line.equals("END:VEVENT")) {
                String uid = current.stream().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow().substring(4);
                events.put(uid, current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return events;
    }

    private static String basic(String isoDate) {
        return LocalDate.parse(isoDate).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    @Test
    void isACalendarWithCrLfLinesOfAtMost75Octets() {
        assertTrue(ICS.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ICS.substring(0, 40));
        assertTrue(ICS.endsWith("END:VCALENDAR\r\n"));
        assertEquals(-1, ICS.replace("\r\n", "").indexOf('\n'), "a line ends with a bare LF");
        for (String line : ICS.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
        }
    }

    @Test
    void hasOneAllDayEventPerPublishedRoundOnItsDays() {
        Map<String, List<String>> events = events();
        List<ContentFile> rounds = ContentFiles.published("rounds");
        assertEquals(rounds.stream().map(r -> BakedSite.address(r.page())).sorted().toList(), List.copyOf(events.keySet()));
        for (ContentFile round : rounds) {
            List<String> event = events.get(BakedSite.address(round.page()));
            String last = round.date("end_date") == null ? round.date("date") : round.date("end_date");
            assertTrue(event.contains("DTSTART;VALUE=DATE:" + basic(round.date("date"))), round.id() + ": " + event);
            // DTEND of an all-day event is exclusive: the day after the last day.
            assertTrue(event.contains("DTEND;VALUE=DATE:" + LocalDate.parse(last).plusDays(1)
                    .format(DateTimeFormatter.BASIC_ISO_DATE)), round.id() + ": " + event);
            assertTrue(event.stream().anyMatch(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z")), round.id() + ": " + event);
            assertTrue(event.contains("SUMMARY:" + round.text("title").replace(",", "\\,").replace(";", "\\;")), round.id());
        }
    }
}
