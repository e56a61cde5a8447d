package dossier.base;

import dossier.content.Document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them: "10 May 2025", "10–11 May 2025", "28 July – 2 August 2025". */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /**
     * When a dated document happened, as readers see it: "10–11 May 2025", or "May 2025" for an event
     * the record dates only to a month.
     */
    public static String of(Document document) {
        LocalDate start = document.date("date");
        if (document.datedToMonth()) {
            return month(YearMonth.from(start));
        }
        return range(start, document.lastDay());
    }

    /** The ISO form of a dated document's start, for {@code <time datetime>} and data: "2025-05-10" or "2025-05". */
    public static String isoOf(Document document) {
        LocalDate start = document.date("date");
        return document.datedToMonth() ? YearMonth.from(start).toString()
                : start.toString();
    }

    /** The ISO form of a dated document's last day, or its month: "2025-05-11", "2025-05". */
    public static String isoOfEnd(Document document) {
        if (document.datedToMonth()) {
            return isoOf(document);
        }
        return document.lastDay().toString();
    }

    /** "10 May 2025", or "" for a source that has no date (a public record). */
    public static String dayIfAny(LocalDate date) {
        return date == null ? "" : day(date);
    }

    /** How a source is named beside a link: "The White House, 1 November 2025"; the publisher alone when undated. */
    public static String publisherAndDay(String publisher, LocalDate date) {
        return date == null ? publisher : publisher + ", " + day(date);
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** A span of days; a single day when {@code end} is absent or the same day. */
    public static String range(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return day(start);
        }
        if (start.getYear() != end.getYear()) {
            return day(start) + " – " + day(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + day(end);
        }
        return start.getDayOfMonth() + "–" + day(end);
    }
}
