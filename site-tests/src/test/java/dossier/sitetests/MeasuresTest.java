package dossier.sitetests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.sitetests.ContentFiles.ContentFile;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The register of measures, recomputed here from the measure files: every measure is listed under the
 * status of its last step on or before the date the record runs to; each measure's page gives every step
 * with its source's own words; each round or event lists the steps it brought about; and changing one
 * step in one file changes the register, the measure's page and measures.json at the next bake.
 */
class MeasuresTest {

    private static final String REGISTER = "measures/index.html";

    @TempDir
    Path temp;

    private static List<ContentFile> measures() {
        List<ContentFile> measures = MeasureFiles.measures();
        assertFalse(measures.isEmpty(), "the dossier has no measures");
        return measures;
    }

    static List<Map<String, Object>> steps(ContentFile measure) {
        return MeasureFiles.steps(measure);
    }

    private static String day(Object value) {
        return BakedCharts.text(value);
    }

    static String standingOn(ContentFile measure, String day) {
        return MeasureFiles.standingOn(measure, day);
    }

    private static String recordDate(org.jsoup.nodes.Document register) {
        return register.selectFirst("main .lede time").attr("datetime");
    }

    @TestFactory
    Stream<DynamicTest> theRegisterListsEveryMeasureUnderWhereItStoodOnTheRecordDate() {
        org.jsoup.nodes.Document register = BakedSite.page(REGISTER);
        String recordDate = recordDate(register);
        return MeasureFiles.governmentMeasures().stream().map(measure -> dynamicTest(measure.id(), () -> {
            String group = measure.text("side") + "-" + standingOn(measure, recordDate);
            Element heading = register.getElementById(group);
            assertNotNull(heading, "no group " + group + " on the register");
            Element list = heading.nextElementSibling();
            assertEquals(1, list.select("a[href=../" + measure.page() + "]").size(),
                    measure.page() + " is not listed under " + heading.text());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachMeasurePageGivesEveryStepWithItsSourcesOwnWordsAndItsSource() {
        return measures().stream().map(measure -> dynamicTest(measure.id(), () -> {
            List<Element> items = BakedSite.page(measure.page()).select("ol.measure-history > li");
            List<Map<String, Object>> steps = steps(measure);
            assertEquals(steps.size(), items.size(), measure.page());
            for (int i = 0; i < steps.size(); i++) {
                Element item = items.get(i);
                assertEquals(steps.get(i).get("evidence").toString(), item.selectFirst("blockquote.evidence").text());
                assertEquals(day(steps.get(i).get("date")), item.selectFirst("time").attr("datetime"));
                assertFalse(item.select("a[href=../sources/" + steps.get(i).get("source") + ".html]").isEmpty(),
                        measure.page() + " step " + (i + 1) + " does not link its source");
            }
        }));
    }

    @Test
    void eachRoundOrEventListsTheStepsItBroughtAbout() {
        int checked = 0;
        for (ContentFile measure : MeasureFiles.governmentMeasures()) {
            for (Map<String, Object> step : steps(measure)) {
                if (step.containsKey("changed_by")) {
                    String id = step.get("changed_by").toString();
                    String page = Files.exists(BakedSite.SITE.resolve("rounds/" + id + ".html"))
                            ? "rounds/" + id + ".html" : "events/" + id + ".html";
                    Element section = BakedSite.page(page).selectFirst("section[aria-labelledby=measures]");
                    assertNotNull(section, page + " has no 'Measures changed' section");
                    assertFalse(section.select("a[href=../" + measure.page() + "]").isEmpty(),
                            page + " does not list " + measure.page());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0);
    }

    @TestFactory
    Stream<DynamicTest> theHomePageAndTheBriefingBookSayWhereThingsStandComputedFromTheRegister() {
        return Stream.of("index.html", "briefing-book.html").map(page -> dynamicTest(page, () -> {
            Element box = BakedSite.page(page).selectFirst("section.standing-box");
            assertNotNull(box, page + " has no 'Where things stand' box");
            String day = box.selectFirst("p.note time").attr("datetime");
            assertEquals(recordDate(BakedSite.page(REGISTER)), day);
            // Each side's rate: the last change of the headline rates the tariff measures add up to, by that day.
            List<String> expected = new java.util.ArrayList<>();
            for (String side : List.of("us", "china")) {
                MeasureFiles.headlineRates().stream().filter(r -> r.side().equals(side) && r.date().compareTo(day) <= 0)
                        .reduce((a, b) -> b)
                        .ifPresent(r -> expected.add(r.rate().equals("none") ? "No single rate recorded since " + r.date()
                                : r.rate() + "% since " + r.date()));
            }
            List<String> shown = box.select("dl.standing-rates dd:has(time)").stream()
                    .map(dd -> dd.ownText().strip() + " since " + dd.selectFirst("time").attr("datetime")).toList();
            assertEquals(expected, shown, page);
            // The measures suspended: those whose last step by that day is a suspension.
            List<String> suspended = MeasureFiles.governmentMeasures().stream()
                    .filter(m -> "suspended".equals(standingOn(m, day)))
                    .map(m -> "../".repeat(page.contains("/") ? 1 : 0) + m.page()).sorted().toList();
            assertEquals(suspended, box.select("ul.links a").eachAttr("href").stream().sorted().toList(), page);
        }));
    }

    @Test
    void eachTopicPageListsTheMeasuresOnThatTopic() {
        for (ContentFile measure : measures()) {
            for (String topic : measure.list("topics")) {
                Element section = BakedSite.page("topics/" + topic + ".html").selectFirst("section[aria-labelledby=measures]");
                assertNotNull(section, "topics/" + topic + ".html has no 'Measures' section");
                assertFalse(section.select("a[href=../" + measure.page() + "]").isEmpty(),
                        "topics/" + topic + ".html does not list " + measure.page());
            }
        }
    }

    @Test
    void measuresJsonGivesEachMeasuresHistoryAndWhereItStood() throws Exception {
        JsonNode items = new ObjectMapper().readTree(BakedCharts.read("measures.json")).get("items");
        assertEquals(measures().size(), items.size());
        for (JsonNode item : items) {
            ContentFile measure = measures().stream().filter(m -> m.id().equals(item.get("id").asText())).findFirst()
                    .orElseThrow();
            assertEquals(standingOn(measure, item.get("record_date").asText()), item.get("standing").asText());
            assertEquals(steps(measure).size(), item.get("history").size());
        }
    }

    @Test
    void changingOneStepInOneFileChangesTheRegisterThePageAndTheExport() throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        String file = "content/measures/us-affiliates-rule.md";
        project.replaceLine(file, "    status: suspended", "    status: withdrawn");
        project.replaceLine(file, "    until: 2026-11-10", "");
        Path site = temp.resolve("site");
        project.bake(site);
        org.jsoup.nodes.Document register = org.jsoup.Jsoup.parse(site.resolve(REGISTER).toFile(), "UTF-8");
        Element withdrawn = register.getElementById("us-withdrawn");
        assertNotNull(withdrawn, "no 'Withdrawn' group after the change");
        assertFalse(withdrawn.nextElementSibling().select("a[href=../measures/us-affiliates-rule.html]").isEmpty());
        assertTrue(Files.readString(site.resolve("measures/us-affiliates-rule.html")).contains("<strong>Withdrawn</strong>"));
        JsonNode items = new ObjectMapper().readTree(site.resolve("measures.json").toFile()).get("items");
        boolean found = false;
        for (JsonNode item : items) {
            if (item.get("id").asText().equals("us-affiliates-rule")) {
                assertEquals("withdrawn", item.get("standing").asText());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void changingOneTariffStepChangesTheBoxTheChartTheTableAndTheMeasurePage() throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        String file = "content/measures/china-counter-tariff-us-goods.md";
        String text = project.read(file);
        int last = text.lastIndexOf("    rate: \"10%\"");
        // A contributor changes the step's rate and the source's words with it (the bake checks they agree).
        project.write(file, (text.substring(0, last) + "    rate: \"15%\"" + text.substring(last + "    rate: \"10%\"".length()))
                .replace("retaining a 10 per cent levy", "retaining a 15 per cent levy"));
        Path site = temp.resolve("site");
        project.bake(site);
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(home.select("section.standing-box dl.standing-rates dd").eachText().stream()
                .anyMatch(t -> t.startsWith("15% since")), home.select("section.standing-box").text());
        String timeline = Files.readString(site.resolve("timeline.html"));
        assertTrue(timeline.contains("data-side=\"china\" data-date=\"2025-11-10\" data-rate=\"15\""),
                "the chart has no point for China's 15% from 10 November 2025");
        assertTrue(org.jsoup.Jsoup.parse(timeline).select("#tariff-table td").eachText().contains("15%"));
        assertTrue(Files.readString(site.resolve("measures/china-counter-tariff-us-goods.html"))
                .contains("Suspended above 15%"));
    }
}
