package dossier.sitetests;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** The timeline picture and the tariff step chart on the baked pages that show them. */
class ChartsTest {

    private static final List<String> TIMELINE_PAGES = List.of("timeline.html", "index.html", "briefing-book.html");
    private static final List<String> TARIFF_PAGES = List.of("timeline.html", "briefing-book.html");

    private static List<String> linkedPages(String page, Document svg) {
        return BakedCharts.elements(svg, "a").stream()
                .map(a -> Path.of(page).resolveSibling(a.getAttribute("href")).normalize().toString()).toList();
    }

    @TestFactory
    Stream<DynamicTest> theTimelinePictureLinksEveryRoundAndEvent() {
        return TIMELINE_PAGES.stream().map(page -> dynamicTest(page, () -> {
            List<String> linked = linkedPages(page, BakedCharts.svg(page, "timeline-chart"));
            Stream.concat(ContentFiles.published("rounds").stream(), ContentFiles.published("events").stream())
                    .forEach(file -> assertTrue(linked.contains(file.page()), page + " does not link " + file.page()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> theTimelinePictureShadesEveryTruceTheMeasuresRecordAsALinkToWhatBroughtItAbout() {
        List<MeasureFiles.Truce> truces = MeasureFiles.truces();
        assertFalse(truces.isEmpty(), "the measures record suspensions of tariffs on all goods with their end");
        return TIMELINE_PAGES.stream().map(page -> dynamicTest(page, () -> {
            List<Element> shading = BakedCharts.withClass(BakedCharts.svg(page, "timeline-chart"), "rect", "truce")
                    .stream().filter(r -> r.hasAttribute("data-from")).toList();
            assertEquals(truces.stream().map(t -> t.from() + " " + t.until()).toList(),
                    shading.stream().map(r -> r.getAttribute("data-from") + " " + r.getAttribute("data-until")).toList());
            for (int i = 0; i < truces.size(); i++) {
                Element link = (Element) shading.get(i).getParentNode();
                String target = Path.of(page).resolveSibling(link.getAttribute("href")).normalize().toString();
                assertTrue(target.endsWith("/" + truces.get(i).link() + ".html"), target);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theTimelinePictureHasANameAndATextEquivalent() {
        return TIMELINE_PAGES.stream().map(page -> dynamicTest(page, () -> {
            Element svg = BakedCharts.svg(page, "timeline-chart").getDocumentElement();
            for (String id : (svg.getAttribute("aria-labelledby") + " " + svg.getAttribute("aria-describedby"))
                    .split(" ")) {
                assertTrue(BakedSite.page(page).getElementById(id) != null, "no element #" + id + " on " + page);
            }
            assertEquals("100%", svg.getAttribute("width"));
        }));
    }

    @Test
    void onTheTimelinePageThePictureIsDescribedByTheMonthByMonthList() {
        Element svg = BakedCharts.svg("timeline.html", "timeline-chart").getDocumentElement();
        assertTrue(List.of(svg.getAttribute("aria-describedby").split(" ")).contains("timeline-text"));
        assertFalse(BakedSite.page("timeline.html").select("#timeline-text ol.timeline li").isEmpty());
    }

    @Test
    void linksInsideThePictureAreSeenByTheLinkCheckOfEveryPage() {
        // EveryPageTest checks a[href] with jsoup; this shows jsoup finds the SVG's links too.
        assertFalse(BakedSite.page("timeline.html").select("svg a[href]").isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> theTariffChartShowsEveryRateTheMeasuresAddUpToAndAGapWhereThereIsNone() {
        List<MeasureFiles.RateRow> rates = MeasureFiles.headlineRates();
        return TARIFF_PAGES.stream().map(page -> dynamicTest(page, () -> {
            Document svg = BakedCharts.svg(page, "tariff-chart");
            List<String> points = BakedCharts.withClass(svg, "circle", "point").stream()
                    .map(p -> p.getAttribute("data-side") + " " + p.getAttribute("data-date") + " "
                            + p.getAttribute("data-rate")).sorted().toList();
            List<String> gaps = BakedCharts.withClass(svg, "rect", "gap").stream()
                    .filter(g -> g.hasAttribute("data-side"))
                    .map(g -> g.getAttribute("data-side") + " " + g.getAttribute("data-from")).sorted().toList();
            assertEquals(rates.stream().filter(r -> !r.rate().equals("none"))
                    .map(r -> r.side() + " " + r.date() + " " + r.rate()).sorted().toList(), points);
            assertEquals(rates.stream().filter(r -> r.rate().equals("none"))
                    .map(r -> r.side() + " " + r.date()).sorted().toList(), gaps);
            assertFalse(gaps.isEmpty(), "the record has gaps, and the chart must show them");
        }));
    }

    @TestFactory
    Stream<DynamicTest> aGapIsDrawnInItsOwnSidesLaneNotAcrossBothSides() {
        return TARIFF_PAGES.stream().map(page -> dynamicTest(page, () -> {
            Document svg = BakedCharts.svg(page, "tariff-chart");
            for (String side : List.of("us", "china")) {
                List<String> lanes = BakedCharts.withClass(svg, "rect", "gap-" + side).stream()
                        .map(g -> g.getAttribute("y")).distinct().toList();
                assertTrue(lanes.size() <= 1, side + " gaps in more than one lane: " + lanes);
            }
            List<String> usLane = BakedCharts.withClass(svg, "rect", "gap-us").stream().map(g -> g.getAttribute("y")).toList();
            BakedCharts.withClass(svg, "rect", "gap-china").forEach(g ->
                    assertFalse(usLane.contains(g.getAttribute("y")), "China's gap is drawn in the US lane"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> theTariffTableListsEveryChangeWithItsSourceAndTheMeasuresInForce() {
        List<MeasureFiles.RateRow> rates = MeasureFiles.headlineRates();
        return TARIFF_PAGES.stream().map(page -> dynamicTest(page, () -> {
            var rows = BakedSite.page(page).select("#tariff-table tbody tr");
            assertEquals(rates.size(), rows.size());
            List<String> sources = rows.stream().map(row -> Path.of(page)
                    .resolveSibling(row.select("td").last().selectFirst("a[href]").attr("href")).normalize().toString())
                    .sorted().toList();
            assertEquals(rates.stream().map(r -> "sources/" + r.source() + ".html").sorted().toList(), sources);
            rows.forEach(row -> row.select("td").get(3).select("a[href]").forEach(a -> assertTrue(Path.of(page)
                    .resolveSibling(a.attr("href")).normalize().toString().startsWith("measures/"), a.outerHtml())));
        }));
    }
}
