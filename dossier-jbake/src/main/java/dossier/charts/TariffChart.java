package dossier.charts;

import dossier.model.TariffData;
import dossier.model.TariffData.RateChange;
import dossier.base.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A step chart of the headline additional tariff rate each side applied to the other's goods, from
 * tariff measures (dossier.model.TariffSeries). A recorded rate is a point and a step; where the record gives no single rate
 * the chart shows a shaded gap, never a line. Before a side's first record nothing is drawn.
 */
public final class TariffChart {

    /** Who applies the rate to whose goods, for titles and the legend. */
    public static final Map<String, String> SIDE_LABELS = Map.of(
            "us", "United States, on goods from China",
            "china", "China, on goods from the United States");

    /** Horizontal room a point label such as "125%" needs, in the chart's units. */
    private static final double LABEL_ROOM = 34;
    private static final double WIDTH = TimelineChart.WIDTH;
    private static final double LEFT = 44;
    private static final double RIGHT = 8;
    private static final double TOP = 12;
    private static final double BOTTOM = 212;
    private static final int STEP = 50;
    /** A gap is a strip in its side's own lane at the foot of the chart, not a shade across both sides' lines. */
    private static final double GAP_LANE = 16;

    private TariffChart() {
    }

    /**
     * @param firstYear   the first calendar year shown (the timeline's)
     * @param lastYear    the last calendar year shown
     * @param describedBy the id of the table that gives the same data as text, or ""
     */
    public static String svg(TariffData data, int firstYear, int lastYear, String describedBy) {
        return svg(data, firstYear, lastYear, null, describedBy);
    }

    /**
     * @param recordEnd the last day the dossier's record reaches (null: the end of the axis). The last rate of
     *                  each side is drawn up to it and no further: the chart does not claim a rate it has no
     *                  record of.
     */
    public static String svg(TariffData data, int firstYear, int lastYear, LocalDate recordEnd, String describedBy) {
        TimeAxis axis = new TimeAxis(firstYear, lastYear, LEFT, WIDTH - LEFT - RIGHT);
        LocalDate lastDrawn = recordEnd == null || recordEnd.isAfter(axis.end()) ? axis.end() : recordEnd;
        int highest = data.rates().stream().filter(RateChange::recorded).mapToInt(RateChange::rate).max().orElse(0);
        int top = Math.max(STEP, (highest + STEP - 1) / STEP * STEP);
        double height = BOTTOM + 62;

        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Svg.number(WIDTH) + " "
                        + Svg.number(height), "width", "100%", "class", "chart tariff-chart", "role", "img",
                "aria-labelledby", "tariff-chart-title",
                "aria-describedby", describedBy.isEmpty() ? "tariff-chart-desc" : "tariff-chart-desc " + describedBy);
        svg.text("title", "Headline additional tariff rates, " + firstYear
                + (lastYear == firstYear ? "" : "–" + lastYear), "id", "tariff-chart-title");
        svg.text("desc", "A step chart of the headline additional tariff rate the United States applied to goods"
                + " from China and China applied to goods from the United States. A shaded strip in a side's lane"
                + " at the foot of the chart marks a period where the record gives no single rate for that side."
                + " The table of rate changes gives the same data with sources.",
                "id", "tariff-chart-desc");

        svg.open("g", "class", "gaps");
        for (String side : TariffData.SIDES) {
            List<RateChange> changes = data.ratesOf(side);
            for (int i = 0; i < changes.size(); i++) {
                RateChange change = changes.get(i);
                if (!change.recorded() && !change.date().isAfter(axis.end())) {
                    LocalDate until = i + 1 < changes.size() ? changes.get(i + 1).date().minusDays(1) : lastDrawn;
                    // A gap that began before the axis (a tariff from an earlier year) is drawn from the axis's start.
                    double x = axis.x(change.date().isBefore(axis.start()) ? axis.start() : change.date());
                    double lane = BOTTOM - GAP_LANE * (TariffData.SIDES.size() - TariffData.SIDES.indexOf(side));
                    svg.open("rect", "class", "gap gap-" + side, "x", x, "y", lane, "width", axis.xAfter(until) - x,
                            "height", GAP_LANE, "data-side", side, "data-from", change.date(), "data-until", until);
                    svg.text("title", shortSide(side) + ": no single rate recorded, "
                            + Dates.range(change.date(), until) + ". " + change.note());
                    svg.close("rect");
                }
            }
        }
        svg.close("g");

        svg.open("g", "class", "axis");
        for (int rate = 0; rate <= top; rate += STEP) {
            double y = y(rate, top);
            svg.empty("line", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", y, "y2", y, "class", "gridline");
            svg.text("text", rate + "%", "x", LEFT - 4, "y", y + 4, "class", "tick-label rate-label");
        }
        svg.close("g");
        axis.draw(svg, TOP, BOTTOM);

        for (String side : TariffData.SIDES) {
            drawSide(svg, side, data.ratesOf(side), axis, lastDrawn, top);
        }
        drawLegend(svg, BOTTOM + 44);
        svg.close("svg");
        return svg.toString();
    }

    private static void drawSide(Svg svg, String side, List<RateChange> changes, TimeAxis axis, LocalDate lastDrawn,
                                 int top) {
        svg.open("g", "class", "side side-" + side);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            RateChange change = changes.get(i);
            if (!change.recorded()) {
                continue;
            }
            LocalDate next = i + 1 < changes.size() ? changes.get(i + 1).date() : lastDrawn.plusDays(1);
            boolean continues = i > 0 && changes.get(i - 1).recorded();
            path.append(continues ? " V" : " M" + Svg.number(axis.x(change.date())) + " ")
                    .append(Svg.number(y(change.rate(), top)))
                    .append(" H").append(Svg.number(axis.x(next)));
        }
        if (!path.isEmpty()) {
            svg.empty("path", "class", "step step-" + side, "d", path.toString().strip());
        }
        for (int i = 0; i < changes.size(); i++) {
            RateChange change = changes.get(i);
            if (change.recorded()) {
                double x = axis.x(change.date());
                double y = y(change.rate(), top);
                svg.open("circle", "class", "point point-" + side, "cx", x, "cy", y, "r", 4.0,
                        "data-side", side, "data-date", change.date(), "data-rate", change.rate());
                svg.text("title", shortSide(side) + ": " + change.rate() + "% from " + Dates.day(change.date())
                        + ". " + change.note());
                svg.close("circle");
                // The next step's vertical line would cross a label written to the right: write it to the left.
                boolean crowded = i + 1 < changes.size() && axis.x(changes.get(i + 1).date()) - x < LABEL_ROOM;
                svg.text("text", change.rate() + "%", "x", crowded ? x - 5 : x + 5, "y", y - 6,
                        "class", "point-label", "text-anchor", crowded ? "end" : "start");
            }
        }
        svg.close("g");
    }

    private static double y(int rate, int top) {
        return BOTTOM - (BOTTOM - TOP) * rate / (double) top;
    }

    private static String shortSide(String side) {
        return "us".equals(side) ? "US rate on Chinese goods" : "China's rate on US goods";
    }

    private static void drawLegend(Svg svg, double y) {
        svg.open("g", "class", "legend");
        double x = LEFT;
        for (String side : TariffData.SIDES) {
            svg.empty("line", "class", "step step-" + side, "x1", x, "x2", x + 22, "y1", y - 4, "y2", y - 4);
            svg.text("text", SIDE_LABELS.get(side), "x", x + 28, "y", y);
            x += 290;
        }
        svg.empty("rect", "class", "gap", "x", x - 20, "y", y - 10, "width", 14.0, "height", 12.0);
        svg.text("text", "No single rate recorded", "x", x - 2, "y", y);
        svg.close("g");
    }
}
