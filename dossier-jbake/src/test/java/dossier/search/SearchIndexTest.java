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
    void theScriptDefinesOneEntryPerPageWithItsTypeTitleAndText() {
        SearchIndex index = new SearchIndex();
        index.add("quotes/x.html", "Quote", "Bessent: “Everything”", "Everything on the table", "Said *then*.");
        index.add("rounds/geneva.html", "Round", "Geneva talks", "", "");
        String script = index.script();
        assertTrue(script.contains("window." + SearchIndex.VARIABLE + " = ["), script);
        assertTrue(script.contains("{\"url\": \"quotes/x.html\", \"type\": \"Quote\", \"title\": \"Bessent: “Everything”\","
                + " \"text\": \"Everything on the table Said then.\"}"), script);
        assertEquals(2, index.entries().size());
    }

    @Test
    void textCannotBreakOutOfItsString() {
        assertEquals("\"a \\\"quote\\\" \\\\ \\u003c/script> \\n \\u2028\"", dossier.publish.Json.stringForHtmlScript("a \"quote\" \\ </script> \n \u2028"));
    }
}
