package dossier.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which bodies are parsed for markup: every one that could hold it, and none of the plain prose. */
class MarkdownOnlyTest {

    @Test
    void plainProseAndOrdinaryLinksNeedNoParsing() {
        assertFalse(MarkdownOnly.mayHoldMarkup("Both sides cut tariffs on 14 May 2025, **according to** the"
                + " [joint statement](https://www.whitehouse.gov/x) and [the round](../rounds/geneva.html)."));
    }

    @Test
    void anythingThatCouldBeHtmlOrARefusedAddressIsParsed() {
        assertTrue(MarkdownOnly.mayHoldMarkup("He said <b>no</b>."));
        assertTrue(MarkdownOnly.mayHoldMarkup("[x](JavaScript:alert(1))"));
        assertTrue(MarkdownOnly.mayHoldMarkup("[x](java\tscript:alert(1))"));
        assertTrue(MarkdownOnly.mayHoldMarkup("![map](data:image/png;base64,AAAA)"));
        assertTrue(MarkdownOnly.mayHoldMarkup("[x](vbscript:msgbox)"));
        assertTrue(MarkdownOnly.mayHoldMarkup("[x](&#106;avascript:alert(1))"));
        assertTrue(MarkdownOnly.mayHoldMarkup("[x](javascript\\:alert(1))"));
    }
}
