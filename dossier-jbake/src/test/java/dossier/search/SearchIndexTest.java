package dossier.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {

    @Test
    void markdownBecomesTheWordsAReaderSees() {
        assertEquals("Talks in Geneva with He Lifeng cut tariffs.",
                PlainText.of("## Talks\n\nin [Geneva](../rounds/geneva.html) with **He Lifeng**\n\n- cut *tariffs*."));
    }

    @Test
    void thePagesEntriesHoldTheirTypeTitleAndTextAFewToAScriptAndTheManifestCountsThem() {
        SearchIndex index = new SearchIndex();
        index.add("quotes/x.html", "Quote", "Bessent: “Everything”", "Everything on the table", "Said *then*.");
        index.add("rounds/geneva.html", "Round", "Geneva talks", "", "");
        var files = index.files();
        assertEquals("DOSSIER_SEARCH.pages(0, [\n{\"url\": \"quotes/x.html\", \"type\": \"Quote\", \"title\": \"Bessent: “Everything”\","
                + " \"text\": \"Everything on the table Said then.\"},\n{\"url\": \"rounds/geneva.html\", \"type\": \"Round\","
                + " \"title\": \"Geneva talks\", \"text\": \"\"}\n]);\n", files.get("js/search/pages-0.js"));
        assertTrue(files.get(SearchIndex.MANIFEST).contains("window." + SearchIndex.MANIFEST_VARIABLE + " = {\"pages\": 2,"),
                files.get(SearchIndex.MANIFEST));
        assertTrue(!files.containsKey("js/search/pages-1.js"));
    }

    @Test
    void textCannotBreakOutOfItsString() {
        assertEquals("\"a \\\"quote\\\" \\\\ \\u003c/script> \\n \\u2028\"", dossier.base.Json.stringForHtmlScript("a \"quote\" \\ </script> \n \u2028"));
    }
}
