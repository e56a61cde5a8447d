package dossier.charts;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.model.TariffData.TrucePeriod;
import dossier.model.Dossier;
import dossier.base.Dates;
import dossier.base.SitePaths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The story at a glance: every round (a bar over its days; the leaders' meeting as a diamond) and
 * every event (a dot) on a time axis, the truce periods shaded behind them. Each mark and each
 * shaded period is a link to its page. Drawn at bake time, so no script is needed to see it.
 */
public final class TimelineChart {

    static final double WIDTH = 800;
    private static final double LEFT = 8;
    private static final double RIGHT = 8;
    private static final double ROUND_Y = 62;
    private static final double EVENTS_TOP = 108;
    private static final double EVENT_ROW = 14;
    private static final double EVENT_SPACING = 11;
    private static final double LABEL_CHAR = 6.2;

    private TimelineChart() {
    }

    /**
     * @param firstYear   the first calendar year shown (the timeline's)
     * @param lastYear    the last calendar year shown
     * @param root        the path from the page to the site's root, put before every link
     * @param describedBy the id of the page element that gives the same story as text, or ""
     */
    public static String svg(Dossier dossier, List<TrucePeriod> truces, int firstYear, int lastYear, String root,
                             String describedBy) {
        List<Document> rounds = dossier.all(ContentType.ROUND);
        List<Document> events = dossier.all(ContentType.EVENT);
        TimeAxis axis = new TimeAxis(firstYear, lastYear, LEFT, WIDTH - LEFT - RIGHT);
        List<double[]> eventPlaces = placeEvents(events, axis);
        int eventRows = (int) eventPlaces.stream().mapToDouble(p -> p[1]).max().orElse(0) + 1;
        double bottom = EVENTS_TOP + eventRows * EVENT_ROW;
        double height = bottom + 46;

        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Svg.number(WIDTH) + " "
                        + Svg.number(height), "width", "100%", "class", "chart timeline-chart",
                // A group, not an image: the marks inside are links a reader can follow.
                "role", "group", "aria-labelledby", "timeline-chart-title",
                "aria-describedby", describedBy.isEmpty() ? "timeline-chart-desc" : "timeline-chart-desc " + describedBy);
        svg.text("title", "Timeline of the talks, " + yearsLabel(axis), "id", "timeline-chart-title");
        svg.text("desc", rounds.size() + " rounds and " + events.size() + " events on a time axis, the tariff"
                + " truce shaded. Each mark links to its page; the same story is listed as text month by month.",
                "id", "timeline-chart-desc");

        svg.open("g", "class", "truces");
        for (TrucePeriod truce : truces) {
            if (truce.from().isAfter(axis.end())) {
                continue;
            }
            String label = truce.label() + " (" + truce.dates() + ")";
            svg.open("a", "href", root + SitePaths.of(dossier.get(truce.event())), "aria-label", label);
            svg.text("title", label);
            double x = axis.x(truce.from());
            svg.empty("rect", "class", "truce", "x", x, "y", 4.0, "width", axis.xAfter(truce.until()) - x,
                    "height", bottom - 4, "data-from", truce.from(), "data-until", truce.until());
            svg.close("a");
        }
        svg.close("g");
        axis.draw(svg, 4, bottom);

        svg.text("text", "Rounds", "x", LEFT, "y", 14.0, "class", "lane-label");
        drawRounds(svg, rounds, axis, root);
        svg.text("text", "Events", "x", LEFT, "y", EVENTS_TOP - 14, "class", "lane-label");
        svg.open("g", "class", "events");
        for (int i = 0; i < events.size(); i++) {
            Document event = events.get(i);
            String label = "Event: " + event.text("title") + ", " + Dates.of(event);
            svg.open("a", "href", root + SitePaths.of(event), "aria-label", label);
            svg.text("title", label);
            svg.empty("circle", "class", "mark event", "cx", eventPlaces.get(i)[0],
                    "cy", EVENTS_TOP + eventPlaces.get(i)[1] * EVENT_ROW, "r", 5.0);
            svg.close("a");
        }
        svg.close("g");
        drawLegend(svg, bottom + 36);
        svg.close("svg");
        return svg.toString();
    }

    private static String yearsLabel(TimeAxis axis) {
        int first = axis.start().getYear();
        int last = axis.end().getYear();
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    private static void drawRounds(Svg svg, List<Document> rounds, TimeAxis axis, String root) {
        List<Double> labelRowEnds = new ArrayList<>();
        svg.open("g", "class", "rounds");
        for (Document round : rounds) {
            LocalDate start = round.date("date");
            LocalDate end = round.has("end_date") ? round.date("end_date") : start;
            boolean leaders = "leaders-meeting".equals(round.text("kind"));
            String label = (leaders ? "Leaders' meeting: " : "Round: ") + round.text("title") + ", " + Dates.of(round);
            double x = axis.x(start);
            double centre = (x + axis.xAfter(end)) / 2;
            svg.open("a", "href", root + SitePaths.of(round), "aria-label", label);
            svg.text("title", label);
            if (leaders) {
                svg.empty("polygon", "class", "mark leaders-meeting", "points", Svg.number(centre) + ","
                        + Svg.number(ROUND_Y - 8) + " " + Svg.number(centre + 7) + "," + Svg.number(ROUND_Y) + " "
                        + Svg.number(centre) + "," + Svg.number(ROUND_Y + 8) + " " + Svg.number(centre - 7) + ","
                        + Svg.number(ROUND_Y));
            } else {
                double width = Math.max(axis.xAfter(end) - x, 6);
                svg.empty("rect", "class", "mark round", "x", centre - width / 2, "y", ROUND_Y - 8, "width", width,
                        "height", 16.0);
            }
            String city = round.text("city");
            int row = labelRow(labelRowEnds, centre - 2, city.length() * LABEL_CHAR);
            svg.text("text", city, "x", centre - 2, "y", 30.0 + row * 13, "class", "mark-label");
            svg.close("a");
        }
        svg.close("g");
    }

    /** The first label row with room from {@code x}; rows fill from the top. */
    private static int labelRow(List<Double> rowEnds, double x, double width) {
        for (int row = 0; row < rowEnds.size(); row++) {
            if (x >= rowEnds.get(row) + 4) {
                rowEnds.set(row, x + width);
                return row;
            }
        }
        rowEnds.add(x + width);
        return rowEnds.size() - 1;
    }

    /** Each event's x and row: an event too close to the last one in a row goes to the next row. */
    private static List<double[]> placeEvents(List<Document> events, TimeAxis axis) {
        List<Double> rowEnds = new ArrayList<>();
        List<double[]> places = new ArrayList<>();
        for (Document event : events) {
            double x = (axis.x(event.date("date")) + axis.xAfter(event.date("date"))) / 2;
            int row = 0;
            while (row < rowEnds.size() && x - rowEnds.get(row) < EVENT_SPACING) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(x);
            } else {
                rowEnds.set(row, x);
            }
            places.add(new double[] {x, row});
        }
        return places;
    }

    private static void drawLegend(Svg svg, double y) {
        svg.open("g", "class", "legend");
        svg.empty("rect", "class", "mark round", "x", LEFT, "y", y - 9, "width", 10.0, "height", 10.0);
        svg.text("text", "Round of talks", "x", LEFT + 14, "y", y);
        svg.empty("polygon", "class", "mark leaders-meeting", "points", Svg.number(LEFT + 130) + "," + Svg.number(y - 10)
                + " " + Svg.number(LEFT + 136) + "," + Svg.number(y - 4) + " " + Svg.number(LEFT + 130) + ","
                + Svg.number(y + 2) + " " + Svg.number(LEFT + 124) + "," + Svg.number(y - 4));
        svg.text("text", "Leaders' meeting", "x", LEFT + 142, "y", y);
        svg.empty("circle", "class", "mark event", "cx", LEFT + 262, "cy", y - 4, "r", 5.0);
        svg.text("text", "Event (call, order, announcement)", "x", LEFT + 272, "y", y);
        svg.empty("rect", "class", "truce", "x", LEFT + 510, "y", y - 10, "width", 14.0, "height", 12.0);
        svg.text("text", "Tariff truce", "x", LEFT + 528, "y", y);
        svg.close("g");
    }
}
