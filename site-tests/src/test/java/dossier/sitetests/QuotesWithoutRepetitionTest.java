package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** A quote's words are shown once on its page, and each quote is listed once on the quotes index. */
class QuotesWithoutRepetitionTest {

    @TestFactory
    Stream<DynamicTest> aQuotesPageIsHeadedBySpeakerAndDateNotByItsWords() {
        return ContentFiles.published("quotes").stream().map(quote -> dynamicTest(quote.id(), () -> {
            String heading = BakedSite.page(quote.page()).selectFirst("h1").text();
            String words = quote.text("text");
            assertFalse(heading.contains(words.substring(0, Math.min(20, words.length()))),
                    quote.page() + " repeats the quote in its heading: " + heading);
            assertEquals(1, BakedSite.page(quote.page()).select("main blockquote.quote-text").size());
        }));
    }

    @Test
    void theQuotesIndexListsEachQuoteOnce() {
        org.jsoup.nodes.Document index = BakedSite.page("quotes/index.html");
        for (ContentFile quote : ContentFiles.published("quotes")) {
            assertEquals(1, index.select("main a[href=../quotes/" + quote.id() + ".html]").size(), quote.page());
        }
    }
}
