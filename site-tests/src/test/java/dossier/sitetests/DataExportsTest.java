package dossier.sitetests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.sitetests.ContentFiles.ContentFile;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** The JSON exports parse, hold one item per published document, and the data page documents every field. */
class DataExportsTest {

    /** Each export and the content folder its items come from. */
    private static final Map<String, String> EXPORTS = Map.of(
            "rounds.json", "rounds", "actors.json", "actors", "quotes.json", "quotes");

    static JsonNode json(String file) {
        try {
            return new ObjectMapper().readTree(BakedSite.SITE.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    @TestFactory
    Stream<DynamicTest> eachExportHasOneItemPerPublishedFileWithItsPermalink() {
        return EXPORTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(export -> dynamicTest(export.getKey(), () -> {
            JsonNode items = json(export.getKey()).get("items");
            List<ContentFile> files = ContentFiles.published(export.getValue());
            assertEquals(files.stream().map(ContentFile::id).sorted().toList(), ids(items));
            for (JsonNode item : items) {
                String page = export.getValue() + "/" + item.get("id").asText() + ".html";
                assertEquals(BakedSite.address(page), item.get("url").asText());
                assertTrue(Files.isRegularFile(BakedSite.SITE.resolve(page)), page);
            }
        }));
    }

    @Test
    void theTimelineHoldsEveryRoundEventAndQuoteInDateOrder() {
        JsonNode items = json("timeline.json").get("items");
        List<String> expected = Stream.of("rounds", "events", "quotes")
                .flatMap(folder -> ContentFiles.published(folder).stream()).map(ContentFile::id).sorted().toList();
        assertEquals(expected, ids(items));
        List<String> dates = new ArrayList<>();
        items.forEach(item -> dates.add(item.get("date").asText()));
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void quotesAreExportedVerbatimWithTheirSpeakerAndDate() {
        for (JsonNode quote : json("quotes.json").get("items")) {
            ContentFile file = ContentFiles.published("quotes").stream()
                    .filter(f -> f.id().equals(quote.get("id").asText())).findFirst().orElseThrow();
            assertEquals(file.text("text").strip(), quote.get("text").asText());
            assertEquals(file.text("speaker"), quote.get("speaker").asText());
            assertEquals(file.date("date"), quote.get("date").asText());
        }
    }

    @Test
    void roundsAreExportedWithTheirDatesAndPlace() {
        for (JsonNode round : json("rounds.json").get("items")) {
            ContentFile file = ContentFiles.published("rounds").stream()
                    .filter(f -> f.id().equals(round.get("id").asText())).findFirst().orElseThrow();
            assertEquals(file.date("date"), round.get("start_date").asText());
            assertEquals(file.date("end_date") == null ? file.date("date") : file.date("end_date"),
                    round.get("end_date").asText());
            assertEquals(file.text("city"), round.get("city").asText());
        }
    }

    @TestFactory
    Stream<DynamicTest> theDataPageDocumentsEveryFieldOfEveryExport() {
        return Stream.of("rounds.json", "actors.json", "quotes.json", "timeline.json").map(file -> dynamicTest(file, () -> {
            JsonNode export = json(file);
            assertEquals(BakedSite.address("data.html"), export.get("documentation").asText());
            Element section = BakedSite.page("data.html").getElementById(file.replace('.', '-'));
            assertNotNull(section, "no heading for " + file + " on data.html");
            assertNotNull(section.selectFirst("a[href=" + file + "]"), "data.html does not link " + file);
            List<String> documented = section.parent().select("table.fields tbody th code").eachText();
            for (JsonNode item : export.get("items")) {
                List<String> fields = new ArrayList<>();
                item.fieldNames().forEachRemaining(fields::add);
                assertEquals(documented, fields, "fields of an item of " + file);
            }
        }));
    }

    @Test
    void everyPageLinksTheDataPageTheFeedAndTheCalendar() {
        for (var page : BakedSite.pages()) {
            var footer = BakedSite.page(page).selectFirst("footer");
            assertNotNull(footer);
            for (String file : List.of("data.html", "feed.xml", "rounds.ics")) {
                assertTrue(footer.select("a[href]").stream().anyMatch(a -> a.attr("href").endsWith(file)),
                        page + " does not link " + file + " in its footer");
            }
        }
    }
}
