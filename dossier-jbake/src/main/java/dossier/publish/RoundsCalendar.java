package dossier.publish;

import dossier.content.Document;
import dossier.model.Dossier;
import dossier.base.SitePaths;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;

import static dossier.content.ContentType.ROUND;

/**
 * rounds.ics: every round and leaders' meeting as an all-day event (RFC 5545). The UID is the
 * round's permalink, so a subscribed calendar updates an event rather than adding it twice, and
 * DTSTAMP is taken from the content (the latest of the round's last day and its sources' dates),
 * not the build time, so two bakes of the same content write the same file.
 */
final class RoundsCalendar {

    static final String FILE = "rounds.ics";

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_LINE_OCTETS = 75;

    private final Dossier dossier;
    private final SiteAddress site;
    private final String siteTitle;

    RoundsCalendar(Dossier dossier, SiteAddress site, String siteTitle) {
        this.dossier = dossier;
        this.site = site;
        this.siteTitle = siteTitle;
    }

    String write() {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//" + text(siteTitle) + "//Dossier//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(siteTitle + ": rounds"));
        for (Document round : dossier.all(ROUND)) {
            event(ics, round);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private void event(StringBuilder ics, Document round) {
        LocalDate last = round.has("end_date") ? round.date("end_date") : round.date("date");
        String permalink = site.of(SitePaths.of(round));
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + permalink);
        line(ics, "DTSTAMP:" + BASIC_DATE.format(stamp(round, last)) + "T000000Z");
        line(ics, "DTSTART;VALUE=DATE:" + BASIC_DATE.format(round.date("date")));
        // DTEND of an all-day event is exclusive: the day after the last day.
        line(ics, "DTEND;VALUE=DATE:" + BASIC_DATE.format(last.plusDays(1)));
        line(ics, "SUMMARY:" + text(round.text("title")));
        line(ics, "LOCATION:" + text(round.text("city") + ", " + round.text("country")));
        line(ics, "DESCRIPTION:" + text(round.text("outcome")));
        line(ics, "URL:" + permalink);
        line(ics, "END:VEVENT");
    }

    private LocalDate stamp(Document round, LocalDate last) {
        // A public-record source has no date, and so no say in when the entry last changed.
        return round.list("sources").stream().map(id -> dossier.get(id).date("date")).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).filter(newest -> newest.isAfter(last)).orElse(last);
    }

    /** A TEXT value: backslash, semicolon, comma and newline escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets, ending with CRLF. */
    static void line(StringBuilder ics, String line) {
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                // A fold is CRLF and one space; the space counts towards the next line's 75 octets.
                ics.append("\r\n ");
                octets = 0;
                limit = MAX_LINE_OCTETS - 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
