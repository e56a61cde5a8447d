package dossier.sitetests;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

/** Search: the box on every page, the index made at bake time, and the search page with and without script. */
class SearchTest {

    private static final Map<String, String> TYPES = Map.of("rounds", "Round", "actors", "Actor", "topics", "Topic",
            "events", "Event", "quotes", "Quote", "sources", "Source", "corrections", "Correction", "measures", "Measure",
            "readouts", "Readouts compared");

    /** Every page's entry in the search index (js/search/pages/), as a map of its fields. */
    private static List<Map<String, String>> index() {
        return new BakedSearchIndex(BakedCharts::read).entries().stream().map(e -> Map.of("url", e.url(),
                "type", e.type(), "title", e.title(), "text", e.text())).toList();
    }

    @Test
    void theIndexHasEveryPageButTheSearchPageOnce() {
        List<String> indexed = index().stream().map(e -> e.get("url")).sorted().toList();
        List<String> pages = BakedSite.pages().stream().map(Path::toString).filter(p -> !p.equals("search.html"))
                .sorted().toList();
        assertEquals(pages, indexed);
    }

    @Test
    void eachEntryHasTheTypeTitleAndTextOfItsPage() {
        for (Map<String, String> entry : index()) {
            String url = entry.get("url");
            String folder = url.contains("/") && !url.endsWith("index.html") ? url.substring(0, url.indexOf('/')) : "";
            assertEquals(TYPES.getOrDefault(folder, "Index"), entry.get("type"), url);
            assertTrue(BakedSite.page(url).title().startsWith(entry.get("title") + " · "),
                    url + ": title '" + entry.get("title") + "' vs <title> '" + BakedSite.page(url).title() + "'");
            assertFalse(entry.get("text").isBlank(), url + " has no text");
        }
    }

    @Test
    void theIndexHoldsEachQuoteVerbatim() {
        Map<String, String> textByUrl = new java.util.HashMap<>();
        index().forEach(e -> textByUrl.put(e.get("url"), e.get("text")));
        for (ContentFiles.ContentFile quote : ContentFiles.published("quotes")) {
            assertTrue(textByUrl.get(quote.page()).contains(quote.text("text")), quote.page());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasASearchBoxThatLeadsToTheSearchPage() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            Element form = BakedSite.page(page).selectFirst("header form[role=search]");
            assertNotNull(form, "no search form in the header");
            assertEquals("get", form.attr("method"));
            assertEquals(Path.of("search.html"), page.resolveSibling(form.attr("action")).normalize());
            Element input = form.selectFirst("input[name=q]");
            assertNotNull(input);
            assertNotNull(BakedSite.page(page).selectFirst("label[for=" + input.id() + "]"), "the box has no label");
        }));
    }

    @Test
    void theSearchPageLoadsLunrTheIndexAndItsScriptFromTheSiteItself() {
        List<String> scripts = BakedSite.page("search.html").select("script[src]").eachAttr("src");
        assertEquals(List.of("js/lunr.min.js", "js/search/manifest.js", "js/search.js"), scripts);
        assertTrue(BakedCharts.read("js/lunr.min.js").contains("lunr"));
        assertTrue(BakedCharts.read("js/search.js").contains("DOSSIER_SEARCH_MANIFEST"));
        assertTrue(Files.isRegularFile(BakedSite.SITE.resolve("js/lunr-LICENSE.txt")));
    }

    @Test
    void withoutScriptTheSearchPageLeadsToEveryIndexPage() {
        List<String> browse = BakedSite.page("search.html").select("section:has(#browse) a[href]").eachAttr("href");
        List<String> indexes = BakedSite.pages().stream().map(Path::toString)
                .filter(p -> p.endsWith("/index.html") || p.equals("timeline.html")).toList();
        assertTrue(browse.containsAll(indexes), "missing: " + indexes.stream().filter(i -> !browse.contains(i)).toList());
        assertFalse(BakedSite.page("search.html").select("noscript").isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyPageAllowsItsOwnScriptsAndFormsAndNothingElse() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            String policy = BakedSite.page(page).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(policy.contains("script-src 'self'"), policy);
            assertTrue(policy.contains("form-action 'self'"), policy);
            assertTrue(policy.contains("default-src 'none'"), policy);
        }));
    }
}
