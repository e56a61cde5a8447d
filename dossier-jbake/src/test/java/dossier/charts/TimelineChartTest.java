package dossier.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineChartTest {

    private static Document chart(String root) throws Exception {
        return ChartsFixture.parse(TimelineChart.svg(ChartsFixture.dossier(), ChartsFixture.truces(), 2025, 2025, root,
                "timeline-text"));
    }

    private static List<String> links(Document svg) {
        return ChartsFixture.elements(svg, "a").stream().map(a -> a.getAttribute("href")).toList();
    }

    @Test
    void linksEveryRoundAndEventFromItsMarkRelativeToThePage() throws Exception {
        Document svg = chart("../");
        List<String> links = links(svg);
        assertTrue(links.contains("../rounds/geneva.html"), links.toString());
        assertTrue(links.contains("../events/truce-begins.html"), links.toString());
        assertTrue(links.contains("../events/call.html"), links.toString());
        assertEquals(1, ChartsFixture.withClass(svg, "rect", "round").stream()
                .filter(r -> r.getParentNode() instanceof Element a && a.getLocalName().equals("a")).count());
        assertEquals(2, ChartsFixture.withClass(svg, "circle", "event").stream()
                .filter(c -> c.getParentNode() instanceof Element a && a.getLocalName().equals("a")).count());
    }

    @Test
    void shadesEachTrucePeriodAsALinkToItsEvent() throws Exception {
        Document svg = chart("");
        List<Element> shading = ChartsFixture.withClass(svg, "rect", "truce").stream()
                .filter(r -> r.hasAttribute("data-from")).toList();
        assertEquals(1, shading.size());
        assertEquals("2025-05-14", shading.get(0).getAttribute("data-from"));
        assertEquals("2025-08-11", shading.get(0).getAttribute("data-until"));
        assertEquals("events/truce-begins.html", ((Element) shading.get(0).getParentNode()).getAttribute("href"));
        assertTrue(Double.parseDouble(shading.get(0).getAttribute("width")) > 0);
    }

    @Test
    void namesItselfAndPointsToItsTextEquivalent() throws Exception {
        Element root = chart("").getDocumentElement();
        assertEquals("timeline-chart-title", root.getAttribute("aria-labelledby"));
        assertEquals("timeline-chart-desc timeline-text", root.getAttribute("aria-describedby"));
        assertEquals("100%", root.getAttribute("width"));
        assertFalse(root.getAttribute("viewBox").isEmpty());
    }

    @Test
    void escapesTheTextItWrites() throws Exception {
        String markup = TimelineChart.svg(ChartsFixture.dossier(), ChartsFixture.truces(), 2025, 2025, "", "");
        assertFalse(markup.contains("& <holds>"));
        assertTrue(ChartsFixture.elements(ChartsFixture.parse(markup), "title").stream()
                .anyMatch(t -> t.getTextContent().contains("The truce begins & <holds>")));
    }

    @Test
    void marksLaterInTheYearLieFurtherRight() throws Exception {
        List<Element> events = ChartsFixture.withClass(chart(""), "circle", "event");
        assertTrue(Double.parseDouble(events.get(0).getAttribute("cx"))
                < Double.parseDouble(events.get(1).getAttribute("cx")));
    }
}
