package dossier.sitetests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.search.SearchIndex;
import dossier.search.SearchQueryFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The search page answers as lunr did when the browser built lunr's index from every page's text: the
 * index made at bake time is lunr's own, term for term and score for score, and for each query the page
 * lists the same pages in the same order. The reference is lunr itself, run in Chromium.
 */
class SearchMatchesLunrTest extends ChromiumTest {

    /** Names, places, topics, words of quotes, a stop word, a stem, a prefix, a wildcard, a figure, punctuation. */
    static final List<String> QUERIES = List.of("tariffs", "rare earths", "Geneva", "Bessent", "He Lifeng",
            "soybeans", "export controls", "truce extended", "125%", "Li Chenggang", "fentanyl", "port fees", "sup",
            "xi", "China's", "Supreme Court", "affiliates rule", "Busan", "Kuala Lumpur", "magnets",
            "Ministry of Commerce", "trump", "quote", "stock*", "r", "the", "U.S.", "何立峰", "Section 122");

    /** Pages that exercise every step of lunr's pipeline: separators, trimming, stop words, stems, other scripts. */
    static final List<SearchIndex.Entry> TRICKY = List.of(
            new SearchIndex.Entry("a.html", "Round", "Geneva talks", "The U.S. and China agreed — on 12 May 2025 — to cut"
                    + " tariffs from 125% to 10%; China's “countermeasures” were suspended."),
            new SearchIndex.Entry("b.html", "Quote", "Bessent: “Everything on the table”", "He said: everything's on"
                    + " the table.\u00a0Non\u2011breaking and em\u2014dash and en–dash, tab\tand\nnew line."),
            new SearchIndex.Entry("c.html", "Actor", "He Lifeng 何立峰", "Vice Premier 何立峰 led China's delegation;"
                    + " yelling yes yyy, re-export, x-ray, _under_score_ (parenthesised) [bracketed] 3.5%"),
            new SearchIndex.Entry("d.html", "Index", "Rare earths", ""),
            new SearchIndex.Entry("e.html", "Topic", "Rare earths and rare-earth magnets", "Rare earths, rare earths,"
                    + " RARE EARTHS: seven medium and heavy rare earths were controlled from 4 April 2025."),
            new SearchIndex.Entry("f.html", "Event", "-", "— – … !!! ??? ... 'quoted' \"double\" café naïve Ελλάδα ΟΔΟΣ"));

    private static final ObjectMapper JSON = new ObjectMapper();

    // lunr as the search page used it before the index was made at bake time, word for word.
    private static final String BUILD = """
            var pages = JSON.parse(arguments[0]);
            window.referenceIndex = lunr(function () {
              this.ref('id');
              this.field('title', { boost: 10 });
              this.field('type', { boost: 2 });
              this.field('text');
              pages.forEach(function (page, i) {
                this.add({ id: String(i), title: page.title, type: page.type, text: page.text });
              }, this);
            });
            return JSON.stringify(window.referenceIndex.toJSON());
            """;
    private static final String SEARCH = """
            var words = lunr.tokenizer(arguments[0]).map(function (token) { return token.toString(); })
              .filter(function (term) { return term.length > 0; });
            return window.referenceIndex.query(function (q) {
              words.forEach(function (word) {
                q.term(word, { boost: 10 });
                q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
              });
            }).map(function (result) { return Number(result.ref); });
            """;

    private final BakedSearchIndex baked = new BakedSearchIndex(BakedCharts::read);

    @Test
    void theBakedIndexIsTheIndexLunrBuildsFromEveryPage() {
        assertSameIndex(baked.entries(), baked);
    }

    @Test
    void pagesWithEveryKindOfPunctuationAndScriptAreIndexedAsLunrDoes() {
        SearchIndex index = new SearchIndex();
        TRICKY.forEach(e -> index.add(e.url(), e.type(), e.title(), e.text(), ""));
        Map<String, String> files = index.files();
        assertSameIndex(TRICKY, new BakedSearchIndex(files::get));
    }

    @TestFactory
    Stream<DynamicTest> eachQueryListsThePagesLunrFindsInLunrsOrder() {
        return QUERIES.stream().map(query -> dynamicTest(query, () -> {
            List<String> expected = reference(baked.entries(), query).stream()
                    .map(n -> baked.entries().get(n).url()).toList();
            assertEquals(expected, listedFor(query));
            assertEquals(SearchQueryFiles.termShards(baked.shardKeys(), query), termShardsFetched(),
                    "the term shards fetched for '" + query + "'");
        }));
    }

    /** The pages the search page lists for a query, all of them: "Show more" is pressed until it is gone. */
    private List<String> listedFor(String query) {
        browser.get(server.url("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> d.findElement(By.id("search-status")).getText().contains("found for"));
        int expectedCount = countIn(browser.findElement(By.id("search-status")).getText());
        wait.until(d -> d.findElements(By.cssSelector("#search-results li")).size() == Math.min(expectedCount, 20));
        while (!browser.findElements(By.id("search-more")).isEmpty()) {
            int listed = browser.findElements(By.cssSelector("#search-results li")).size();
            browser.findElement(By.id("search-more")).click();
            wait.until(d -> d.findElements(By.cssSelector("#search-results li")).size() > listed);
        }
        List<String> urls = browser.findElements(By.cssSelector("#search-results li a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertEquals(expectedCount, urls.size(), "the status counts " + expectedCount + " pages for '" + query + "'");
        return urls;
    }

    /** The numbers of the term shards this page load fetched, in the order it asked for them. */
    @SuppressWarnings("unchecked")
    private java.util.Set<Integer> termShardsFetched() {
        List<String> names = (List<String>) browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (r) { return r.name; })");
        java.util.Set<Integer> shards = new java.util.LinkedHashSet<>();
        names.stream().map(n -> n.replaceAll(".*/js/search/terms-([0-9]+)\\.js$", "$1")).filter(n -> n.matches("[0-9]+"))
                .forEach(n -> shards.add(Integer.parseInt(n)));
        return shards;
    }

    private static int countIn(String status) {
        return status.startsWith("Nothing") ? 0 : Integer.parseInt(status.substring(0, status.indexOf(' ')));
    }

    /** lunr's answer to a query, as entry numbers, from lunr's own index built in this browser. */
    @SuppressWarnings("unchecked")
    private List<Integer> reference(List<SearchIndex.Entry> entries, String query) {
        build(entries);
        List<Number> refs = (List<Number>) browser.executeScript(SEARCH, query);
        return refs.stream().map(Number::intValue).toList();
    }

    /** Builds lunr's index of the entries in a fresh search page (which loads lunr); returns lunr's own JSON of it. */
    private JsonNode build(List<SearchIndex.Entry> entries) {
        browser.get(server.url("search.html"));
        StringBuilder json = new StringBuilder("[");
        for (SearchIndex.Entry entry : entries) {
            json.append(json.length() > 1 ? "," : "").append(JSON.createObjectNode().put("title", entry.title())
                    .put("type", entry.type()).put("text", entry.text()));
        }
        try {
            return JSON.readTree((String) browser.executeScript(BUILD, json.append(']').toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first keys where the baked index differs from lunr's, each with both values. */
    private static <V> List<String> differences(Map<String, V> lunr, Map<String, V> baked) {
        java.util.Set<String> keys = new java.util.TreeSet<>(lunr.keySet());
        keys.addAll(baked.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(lunr.get(k), baked.get(k)))
                .map(k -> k + ": lunr " + lunr.get(k) + ", baked " + baked.get(k)).limit(10).toList();
    }

    private void assertSameIndex(List<SearchIndex.Entry> entries, BakedSearchIndex files) {
        JsonNode lunr = build(entries);
        Map<String, Integer> terms = new TreeMap<>();
        lunr.get("invertedIndex").forEach(e -> terms.put(e.get(0).asText(), e.get(1).get("_index").asInt()));
        Map<String, List<Double>> vectors = new TreeMap<>();
        lunr.get("fieldVectors").forEach(e -> {
            List<Double> elements = new ArrayList<>();
            e.get(1).forEach(v -> elements.add(v.asDouble()));
            if (!elements.isEmpty()) {  // a field without terms: no query reaches it
                vectors.put(e.get(0).asText(), elements);
            }
        });
        assertEquals(List.of(), differences(terms, files.termNumbers()));
        assertEquals(List.of(), differences(vectors, files.fieldVectors()));
        assertEquals(entries, files.entries());
    }
}
