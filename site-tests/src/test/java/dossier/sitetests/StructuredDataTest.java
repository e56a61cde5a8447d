package dossier.sitetests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Every page says what it is to machines: JSON-LD, a canonical address, Open Graph and Twitter card tags. */
class StructuredDataTest {

    /** The schema.org type a page's JSON-LD must describe, from the content files, not from the code under test. */
    private static String expectedType(Path page) {
        String path = page.toString().replace('\\', '/');
        if (path.endsWith("index.html") || !path.contains("/")) {
            return "CollectionPage";
        }
        String folder = path.substring(0, path.indexOf('/'));
        String id = path.substring(path.indexOf('/') + 1, path.length() - ".html".length());
        return switch (folder) {
            case "rounds", "events" -> "Event";
            case "quotes" -> "Quotation";
            case "sources" -> "CreativeWork";
            // A commitment is a promise, not an act of law.
            case "measures" -> MeasureFiles.commitments().stream().anyMatch(c -> c.id().equals(id)) ? "WebPage"
                    : "Legislation";
            case "actors" -> "person".equals(ContentFiles.published("actors").stream().filter(a -> a.id().equals(id))
                    .findFirst().orElseThrow().text("kind")) ? "Person" : "GovernmentOrganization";
            default -> "WebPage";
        };
    }

    private static JsonNode jsonLd(Path page) throws Exception {
        List<Element> scripts = BakedSite.page(page).select("head script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "JSON-LD scripts in <head>");
        return new ObjectMapper().readTree(scripts.get(0).data());
    }

    private static List<String> types(JsonNode jsonLd) {
        List<String> types = new ArrayList<>();
        jsonLd.get("@graph").forEach(node -> types.add(node.get("@type").asText()));
        return types;
    }

    @TestFactory
    Stream<DynamicTest> everyPageDescribesTheSiteAndItselfInJsonLd() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            JsonNode jsonLd = jsonLd(page);
            assertEquals("https://schema.org", jsonLd.get("@context").asText());
            assertEquals(List.of("WebSite", expectedType(page)), types(jsonLd));
            JsonNode search = jsonLd.get("@graph").get(0).get("potentialAction");
            assertEquals("SearchAction", search.get("@type").asText());
            assertEquals(BakedSite.address("search.html") + "?q={search_term_string}",
                    search.get("target").get("urlTemplate").asText());
            assertEquals(BakedSite.address(page.toString()), jsonLd.get("@graph").get(1).get("url").asText());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageNamesItsCanonicalAddressAndCarriesOpenGraphAndTwitterTags() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            Document document = BakedSite.page(page);
            String address = BakedSite.address(page.toString());
            assertEquals(address, document.select("head link[rel=canonical]").attr("href"));
            assertEquals(address, content(document, "meta[property=og:url]"));
            String title = document.selectFirst("h1") == null ? "" : document.title();
            assertTrue(title.startsWith(content(document, "meta[property=og:title]")), "og:title is the page's title");
            assertEquals(content(document, "meta[name=description]"), content(document, "meta[property=og:description]"));
            assertTrue(List.of("website", "article").contains(content(document, "meta[property=og:type]")));
            assertEquals("summary", content(document, "meta[name=twitter:card]"));
            assertEquals(content(document, "meta[property=og:title]"), content(document, "meta[name=twitter:title]"));
        }));
    }

    private static String content(Document document, String selector) {
        Element meta = document.selectFirst("head " + selector);
        assertNotNull(meta, "no " + selector);
        return meta.attr("content");
    }
}
