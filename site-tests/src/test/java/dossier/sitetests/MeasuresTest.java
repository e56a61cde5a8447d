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
        List<ContentFile> measures = ContentFiles.published("measures");
        assertFalse(measures.isEmpty(), "the dossier has no measures");
        return measures;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(ContentFile measure) {
        return (List<Map<String, Object>>) measure.fields().get("history");
    }

    private static String day(Object value) {
        return value instanceof java.util.Date date
                ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : value.toString();
    }

    /** The status of a measure's last step on or before a day (ISO dates compare as text). */
    static String standingOn(ContentFile measure, String day) {
        String standing = null;
        for (Map<String, Object> step : steps(measure)) {
            if (day(step.get("date")).compareTo(day) <= 0) {
                standing = step.get("status").toString();
            }
        }
        return standing;
    }

    private static String recordDate(org.jsoup.nodes.Document register) {
        return register.selectFirst("main .lede time").attr("datetime");
    }

    @TestFactory
    Stream<DynamicTest> theRegisterListsEveryMeasureUnderWhereItStoodOnTheRecordDate() {
        org.jsoup.nodes.Document register = BakedSite.page(REGISTER);
        String recordDate = recordDate(register);
        return measures().stream().map(measure -> dynamicTest(measure.id(), () -> {
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
        for (ContentFile measure : measures()) {
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
    Stream<DynamicTest> theHomePageAndTheBriefingBookSayWhereThingsStandComputedFromTheTariffRowsAndTheRegister() {
        return Stream.of("index.html", "briefing-book.html").map(page -> dynamicTest(page, () -> {
            Element box = BakedSite.page(page).selectFirst("section.standing-box");
            assertNotNull(box, page + " has no 'Where things stand' box");
            String day = box.selectFirst("p.note time").attr("datetime");
            assertEquals(recordDate(BakedSite.page(REGISTER)), day);
            // Each side's rate: the last row of data/tariffs.yaml on or before that day.
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) new org.yaml.snakeyaml.Yaml()
                    .<Map<String, Object>>load(Files.readString(BakedSite.PROJECT.resolve("data/tariffs.yaml"))).get("rates");
            List<String> expected = new java.util.ArrayList<>();
            for (String side : List.of("us", "china")) {
                rows.stream().filter(r -> r.get("side").equals(side) && day(r.get("date")).compareTo(day) <= 0)
                        .max(java.util.Comparator.comparing(r -> day(r.get("date"))))
                        .ifPresent(r -> expected.add("none".equals(String.valueOf(r.get("rate")))
                                ? "No single rate recorded since " + day(r.get("date"))
                                : r.get("rate") + "% since " + day(r.get("date"))));
            }
            List<String> shown = box.select("dl.standing-rates dd:has(time)").stream()
                    .map(dd -> dd.ownText().strip() + " since " + dd.selectFirst("time").attr("datetime")).toList();
            assertEquals(expected, shown, page);
            // The measures suspended: those whose last step by that day is a suspension.
            List<String> suspended = measures().stream().filter(m -> "suspended".equals(standingOn(m, day)))
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
}
