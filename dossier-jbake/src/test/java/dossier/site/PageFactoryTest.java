package dossier.site;

import dossier.content.ContentType;
import dossier.content.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageFactoryTest {

    @Test
    void namesASourcesKindInWords() {
        assertEquals("Executive order", PageFactory.sourceKind(new Document(ContentType.SOURCE, "s", null,
                Map.of("kind", "executive-order"), Map.of(), "")));
        assertEquals("Public record", PageFactory.sourceKind(new Document(ContentType.SOURCE, "s", null,
                Map.of("kind", "public-record"), Map.of(), "")));
    }

    @Test
    void shortensLongQuotesAtAWordBoundary() {
        assertEquals("We will make a deal…", PageFactory.shorten("We will make a deal on everything", 21));
        assertEquals("Short", PageFactory.shorten("Short", 21));
    }
}
