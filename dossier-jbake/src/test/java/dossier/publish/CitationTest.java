package dossier.publish;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CitationTest {

    private final Published published = new Published();

    @Test
    void citesSpeakerDateWordsSourceAndPermalink() {
        Citation citation = published.publication.citationFor(published.dossier.get("everything"));
        assertEquals("Scott Bessent, 24 October 2025 (reported): “Everything on the table” Source: A report,"
                + " A newspaper, 24 October 2025. https://news.example.com/report (accessed 30 November 2026).",
                citation.reference());
        assertEquals(Published.HOST + "/quotes/everything.html", citation.permalink());
        assertEquals(citation.reference() + " " + citation.permalink(), citation.line());
    }

    @Test
    void citesOnlyQuotes() {
        assertThrows(IllegalArgumentException.class,
                () -> published.publication.citationFor(published.dossier.get("geneva")));
    }
}
