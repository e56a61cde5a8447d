package dossier.charts;

import dossier.model.TariffData;
import dossier.model.TariffData.RateChange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TariffChartTest {

    private static Document chart() throws Exception {
        return ChartsFixture.parse(TariffChart.svg(ChartsFixture.tariffs(), 2025, 2025, "tariff-table"));
    }

    @Test
    void drawsAPointForEveryRecordedRate() throws Exception {
        List<String> points = ChartsFixture.withClass(chart(), "circle", "point").stream()
                .map(p -> p.getAttribute("data-side") + " " + p.getAttribute("data-date") + " "
                        + p.getAttribute("data-rate")).toList();
        assertEquals(List.of("us 2025-02-04 10", "us 2025-03-04 20", "us 2025-04-09 145", "china 2025-04-11 125"),
                points);
    }

    @Test
    void showsAGapWhereTheRecordGivesNoRateUntilTheNextChange() throws Exception {
        List<String> gaps = ChartsFixture.withClass(chart(), "rect", "gap").stream()
                .filter(g -> g.hasAttribute("data-side"))
                .map(g -> g.getAttribute("data-side") + " " + g.getAttribute("data-from") + " "
                        + g.getAttribute("data-until")).toList();
        assertEquals(List.of("us 2025-04-02 2025-04-08", "china 2025-02-04 2025-04-10"), gaps);
    }

    @Test
    void theStepLineBreaksAtAGapAndHigherRatesAreDrawnHigher() throws Exception {
        Document svg = chart();
        Element us = ChartsFixture.withClass(svg, "path", "step-us").get(0);
        assertEquals(2, us.getAttribute("d").split("M").length - 1, "two runs: before and after the gap");
        List<Element> points = ChartsFixture.withClass(svg, "circle", "point-us");
        assertTrue(Double.parseDouble(points.get(2).getAttribute("cy"))
                < Double.parseDouble(points.get(0).getAttribute("cy")), "145% above 10%");
    }

    @Test
    void aLabelGoesLeftOfItsPointWhenTheNextStepFollowsCloselyOnItsRight() throws Exception {
        TariffData data = new TariffData(List.of(
                new RateChange(LocalDate.parse("2025-04-04"), "china", 34, "report", "Announced", 1),
                new RateChange(LocalDate.parse("2025-04-11"), "china", 125, "report", "A week later", 2),
                new RateChange(LocalDate.parse("2025-05-14"), "china", 10, "report", "A month later", 3)), List.of());
        Document svg = ChartsFixture.parse(TariffChart.svg(data, 2025, 2025, ""));
        List<String> anchors = ChartsFixture.withClass(svg, "text", "point-label").stream()
                .map(label -> label.getTextContent() + " " + label.getAttribute("text-anchor")).toList();
        assertEquals(List.of("34% end", "125% start", "10% start"), anchors);
    }

    @Test
    void isAnImageWithATitleAndATextEquivalent() throws Exception {
        Element root = chart().getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("tariff-chart-desc tariff-table", root.getAttribute("aria-describedby"));
        assertTrue(ChartsFixture.elements(chart(), "title").get(0).getTextContent().contains("2025"));
    }
}
