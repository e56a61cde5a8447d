package dossier.sitetests;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** The briefing book, the print stylesheet, and the look and feel every page shares. */
class PrintAndLookTest {

    @Test
    void theBriefingBookHoldsEveryRoundInDateOrder() {
        List<String> expected = ContentFiles.published("rounds").stream()
                .sorted(Comparator.comparing((ContentFiles.ContentFile f) -> BakedCharts.text(f.fields().get("date")))
                        .thenComparing(ContentFiles.ContentFile::id))
                .map(ContentFiles.ContentFile::id).toList();
        assertEquals(expected, BakedSite.page("briefing-book.html").select("article.book-round").eachAttr("id"));
    }

    @Test
    void theBriefingBookPrintsEachRoundsBriefingAsOnItsOwnPage() {
        Document book = BakedSite.page("briefing-book.html");
        for (ContentFiles.ContentFile round : ContentFiles.published("rounds")) {
            Element own = BakedSite.page(round.page()).selectFirst("section.briefing").clone();
            own.select("h2").remove();
            Element inBook = book.selectFirst("article#" + round.id() + " .briefing");
            assertNotNull(inBook, round.id());
            assertEquals(own.text(), inBook.text(), round.id());
            assertTrue(book.selectFirst("article#" + round.id()).text().contains(round.text("outcome")), round.id());
        }
    }

    @Test
    void theBriefingBookHasTheTimeline() {
        assertNotNull(BakedSite.page("briefing-book.html").selectFirst(".book-timeline svg.timeline-chart"));
        assertNotNull(BakedSite.page("briefing-book.html").selectFirst(".book-timeline svg.tariff-chart"));
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasThePrintStylesheet() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            Element link = BakedSite.page(page).selectFirst("link[rel=stylesheet][media=print]");
            assertNotNull(link, "no print stylesheet");
            assertEquals(java.nio.file.Path.of("css/print.css"), page.resolveSibling(link.attr("href")).normalize());
        }));
    }

    @Test
    void printingHidesNavigationAndSearchAndStartsEachRoundOnANewPage() {
        String css = BakedCharts.read("css/print.css").replaceAll("\\s+", " ");
        assertTrue(css.matches(".*[,}] ?\\.site-header nav,[^{]*\\.site-search,[^{]*\\{ display: none; }.*"), css);
        assertTrue(css.contains(".book-round { break-before: page;"), css);
        // The selectors the print stylesheet relies on exist on the pages it is for.
        assertNotNull(BakedSite.page("index.html").selectFirst(".site-header nav"));
        assertNotNull(BakedSite.page("index.html").selectFirst(".site-search"));
        assertFalse(BakedSite.page("briefing-book.html").select(".book-round").isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyPageScalesToPhonesAndStartsWithASkipLink() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            Document document = BakedSite.page(page);
            assertEquals("width=device-width, initial-scale=1",
                    document.selectFirst("meta[name=viewport]").attr("content"));
            Element first = document.body().selectFirst("a[href], input, button");
            assertEquals("skip-link", first.className());
            assertEquals("#main", first.attr("href"));
            assertNotNull(document.getElementById("main"));
        }));
    }

    @Test
    void theStylesheetFollowsTheSystemThemeShowsFocusAndUsesNoWebFonts() {
        String css = BakedCharts.read("css/site.css");
        assertTrue(css.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(css.contains("color-scheme: light dark"));
        assertTrue(css.contains(":focus-visible"));
        assertTrue(css.contains("@media (max-width:"), "no narrow-screen rules");
        for (String file : List.of("css/site.css", "css/print.css")) {
            String text = BakedCharts.read(file);
            assertFalse(text.contains("@font-face") || text.contains("@import") || text.contains("url("),
                    file + " loads fonts or other files");
        }
    }
}
