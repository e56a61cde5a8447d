package dossier.sitetests;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    Stream<DynamicTest> theTimelinePictureShadesEveryTruceAsALinkToItsEvent() {
        List<Map<String, Object>> truces = BakedCharts.tariffData("truces");
        return TIMELINE_PAGES.stream().map(page -> dynamicTest(page, () -> {
            List<Element> shading = BakedCharts.withClass(BakedCharts.svg(page, "timeline-chart"), "rect", "truce")
                    .stream().filter(r -> r.hasAttribute("data-from")).toList();
            assertEquals(truces.stream().map(t -> BakedCharts.text(t.get("from"))).toList(),
                    shading.stream().map(r -> r.getAttribute("data-from")).toList());
            for (int i = 0; i < truces.size(); i++) {
                Element link = (Element) shading.get(i).getParentNode();
                assertEquals(Path.of("events", truces.get(i).get("event") + ".html").toString(),
                        Path.of(page).resolveSibling(link.getAttribute("href")).normalize().toString());
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
    Stream<DynamicTest> theTariffChartShowsEveryRecordedRateAndAGapWhereThereIsNone() {
        List<Map<String, Object>> rates = BakedCharts.tariffData("rates");
        return TARIFF_PAGES.stream().map(page -> dynamicTest(page, () -> {
            Document svg = BakedCharts.svg(page, "tariff-chart");
            List<String> points = BakedCharts.withClass(svg, "circle", "point").stream()
                    .map(p -> p.getAttribute("data-side") + " " + p.getAttribute("data-date") + " "
                            + p.getAttribute("data-rate")).sorted().toList();
            List<String> gaps = BakedCharts.withClass(svg, "rect", "gap").stream()
                    .filter(g -> g.hasAttribute("data-side"))
                    .map(g -> g.getAttribute("data-side") + " " + g.getAttribute("data-from")).sorted().toList();
            assertEquals(rates.stream().filter(r -> !"none".equals(r.get("rate").toString()))
                    .map(r -> r.get("side") + " " + BakedCharts.text(r.get("date")) + " " + r.get("rate")).sorted().toList(), points);
            assertEquals(rates.stream().filter(r -> "none".equals(r.get("rate").toString()))
                    .map(r -> r.get("side") + " " + BakedCharts.text(r.get("date"))).sorted().toList(), gaps);
            assertFalse(gaps.isEmpty(), "the record has gaps, and the chart must show them");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theTariffTableListsEveryChangeWithItsSource() {
        List<Map<String, Object>> rates = BakedCharts.tariffData("rates");
        return TARIFF_PAGES.stream().map(page -> dynamicTest(page, () -> {
            var rows = BakedSite.page(page).select("#tariff-table tbody tr");
            assertEquals(rates.size(), rows.size());
            List<String> sources = rows.stream().map(row -> Path.of(page)
                    .resolveSibling(row.selectFirst("a[href]").attr("href")).normalize().toString()).sorted().toList();
            assertEquals(rates.stream().map(r -> "sources/" + r.get("source") + ".html").sorted().toList(), sources);
        }));
    }
}
