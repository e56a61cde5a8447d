package dossier.publish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundsCalendarTest {

    private static final String LEADERS = """
            ---
            title: Leaders meet; a long day, with commas
            kind: leaders-meeting
            date: 2025-10-30
            city: Busan
            country: South Korea
            delegations:
              us: [bessent]
              china: [he-lifeng]
            topics: [tariffs]
            outcome: %s
            status: published
            sources: [report]
            ---
            """.formatted("Both leaders agreed — über alles — 一年 to extend the truce, cut the fentanyl tariff and buy soybeans.");

    private static String calendar() {
        return new Published(new dossier.validation.MiniDossier().with("rounds/busan.md", LEADERS)).files().get("rounds.ics");
    }

    /** The content lines, unfolded (RFC 5545 3.1: a CRLF followed by one space is removed). */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void hasOneAllDayEventPerRoundWithAnExclusiveEnd() {
        List<String> lines = unfolded(calendar());
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20250510"));
        assertTrue(lines.contains("DTEND;VALUE=DATE:20250512"), "Geneva ends on 11 May: DTEND is the 12th");
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20251030"));
        assertTrue(lines.contains("DTEND;VALUE=DATE:20251031"), "a one-day meeting ends the next day");
    }

    @Test
    void identifiesEachRoundByItsPermalinkAndStampsItFromTheContent() {
        List<String> lines = unfolded(calendar());
        assertTrue(lines.contains("UID:" + Published.HOST + "/rounds/geneva.html"));
        assertTrue(lines.contains("DTSTAMP:20251024T000000Z"), "Geneva's newest source is of 24 October");
        assertTrue(lines.contains("DTSTAMP:20251030T000000Z"), "Busan took place after its source");
    }

    @Test
    void anUndatedPublicRecordDoesNotStampARound() {
        String ics = new Published(new dossier.validation.MiniDossier()
                .with("sources/record.md", "---\ntitle: Offices\npublisher: Public record\nkind: public-record\n"
                        + "status: published\n---\n")
                .edit("rounds/geneva.md", "sources: [report]", "sources: [report, record]")).files().get("rounds.ics");
        assertTrue(unfolded(ics).contains("DTSTAMP:20251024T000000Z"), "Geneva's newest dated source is of 24 October");
    }

    @Test
    void escapesTextValues() {
        List<String> lines = unfolded(calendar());
        assertTrue(lines.contains("SUMMARY:Leaders meet\\; a long day\\, with commas"), String.join("\n", lines));
        assertTrue(lines.contains("LOCATION:Busan\\, South Korea"));
    }

    @Test
    void endsEveryLineWithCrLfAndFoldsLinesLongerThan75Octets() {
        String ics = calendar();
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "a bare LF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(unfolded(ics).contains("DESCRIPTION:" + RoundsCalendar.text(
                "Both leaders agreed — über alles — 一年 to extend the truce, cut the fentanyl tariff and buy soybeans.")));
    }

    @Test
    void neverSplitsACharacterWhenFolding() {
        StringBuilder ics = new StringBuilder();
        String line = "DESCRIPTION:" + "一".repeat(40) + "😀".repeat(30);
        RoundsCalendar.line(ics, line);
        String[] physical = ics.toString().split("\r\n");
        for (String part : physical) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75);
            assertTrue(!part.isEmpty() && !Character.isLowSurrogate(part.charAt(0)) && !Character.isHighSurrogate(part.charAt(part.length() - 1)));
        }
        assertEquals(line, ics.toString().replace("\r\n ", "").replace("\r\n", ""));
    }
}
