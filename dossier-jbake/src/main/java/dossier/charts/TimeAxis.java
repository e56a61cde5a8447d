package dossier.charts;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Days mapped to x across the calendar years a chart covers, with a tick and a label per month. */
final class TimeAxis {

    private final LocalDate start;
    private final LocalDate end;
    private final double left;
    private final double width;

    /** From 1 January of {@code firstYear} to 31 December of {@code lastYear}, drawn from {@code left}. */
    TimeAxis(int firstYear, int lastYear, double left, double width) {
        this.start = LocalDate.of(firstYear, 1, 1);
        this.end = LocalDate.of(lastYear, 12, 31);
        this.left = left;
        this.width = width;
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    /** The x of the start of a day; days outside the axis are clamped to its ends. */
    double x(LocalDate day) {
        LocalDate clamped = day.isBefore(start) ? start : day.isAfter(end.plusDays(1)) ? end.plusDays(1) : day;
        return left + width * ChronoUnit.DAYS.between(start, clamped) / (ChronoUnit.DAYS.between(start, end) + 1);
    }

    /** The x just after the end of a day (a span's right edge). */
    double xAfter(LocalDate day) {
        return x(day.plusDays(1));
    }

    /**
     * Month gridlines and labels: "Feb", "Mar", ..., and the year itself ("2026") at each January, which fits
     * a month's width where "Jan 2026" ran into "Feb".
     */
    void draw(Svg svg, double top, double bottom) {
        svg.open("g", "class", "axis");
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            double x = x(month.atDay(1));
            svg.empty("line", "x1", x, "x2", x, "y1", top, "y2", bottom, "class", "gridline");
            String label = month.getMonth() == Month.JANUARY ? String.valueOf(month.getYear())
                    : month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            svg.text("text", label, "x", x + 3, "y", bottom + 14, "class", "tick-label");
        }
        svg.empty("line", "x1", left, "x2", left + width, "y1", bottom, "y2", bottom, "class", "baseline");
        svg.close("g");
    }
}
