package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * "Readouts compared": each comparison's page shows every excerpt, exactly as its file gives it, in its own
 * side's column, with who gave it and its source; the dossier's own sentences under each side; and the
 * comparison is linked from its index and from the round or event it is about.
 */
class ReadoutsTest {

    private static List<ContentFile> readouts() {
        List<ContentFile> readouts = ContentFiles.published("readouts");
        assertFalse(readouts.isEmpty(), "the dossier has no readout comparisons");
        return readouts;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> accounts(ContentFile readout) {
        return (List<Map<String, Object>>) readout.fields().get("accounts");
    }

    private static String pageOf(String id) {
        return Files.exists(BakedSite.SITE.resolve("rounds/" + id + ".html")) ? "rounds/" + id + ".html"
                : "events/" + id + ".html";
    }

    @TestFactory
    Stream<DynamicTest> eachExcerptIsShownVerbatimInItsSidesColumnWithWhoGaveItAndItsSource() {
        return readouts().stream().map(readout -> dynamicTest(readout.id(), () -> {
            org.jsoup.nodes.Document page = BakedSite.page(readout.page());
            for (String side : List.of("us", "china")) {
                Element column = page.selectFirst("section.account[aria-labelledby=" + side + "-account]");
                assertNotNull(column, readout.page() + " has no " + side + " column");
                List<Map<String, Object>> expected = accounts(readout).stream()
                        .filter(a -> side.equals(a.get("side"))).toList();
                List<Element> shown = column.select("figure.account-excerpt");
                assertEquals(expected.size(), shown.size(), readout.page() + " " + side);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i).get("excerpt").toString(), shown.get(i).selectFirst("blockquote").text());
                    assertTrue(shown.get(i).selectFirst("figcaption").text().startsWith(expected.get(i).get("by").toString()));
                    assertFalse(shown.get(i).select("a[href=../sources/" + expected.get(i).get("source") + ".html]")
                            .isEmpty(), readout.page() + " does not link the source of excerpt " + (i + 1));
                }
            }
            assertEquals(readout.list("only_us"), page.select("#only-us + ul.differences li").eachText());
            assertEquals(readout.list("only_china"), page.select("#only-china + ul.differences li").eachText());
        }));
    }

    @TestFactory
    Stream<DynamicTest> anExcerptNotInEnglishCarriesItsLanguage() {
        return readouts().stream().map(readout -> dynamicTest(readout.id(), () -> {
            List<Element> quotes = BakedSite.page(readout.page()).select("figure.account-excerpt");
            List<Map<String, Object>> all = accounts(readout);
            List<Map<String, Object>> ordered = Stream.concat(all.stream().filter(a -> "us".equals(a.get("side"))),
                    all.stream().filter(a -> "china".equals(a.get("side")))).toList();
            for (int i = 0; i < ordered.size(); i++) {
                ContentFile source = ContentFiles.read("sources", BakedSite.PROJECT.resolve("content/sources/"
                        + ordered.get(i).get("source") + ".md"));
                String language = source.text("language") == null ? "" : source.text("language");
                assertEquals(language, quotes.get(i).selectFirst("blockquote").attr("lang"), readout.page());
            }
        }));
    }

    @Test
    void theIndexAndTheRoundOrEventEachComparisonIsAboutLinkToIt() {
        org.jsoup.nodes.Document index = BakedSite.page("readouts/index.html");
        for (ContentFile readout : readouts()) {
            assertEquals(1, index.select("main a[href=../" + readout.page() + "]").size(), readout.page());
            String about = pageOf(readout.text("about"));
            Element section = BakedSite.page(about).selectFirst("section[aria-labelledby=readouts]");
            assertNotNull(section, about + " does not link its readout comparison");
            assertFalse(section.select("a[href=../" + readout.page() + "]").isEmpty(), about);
        }
    }

    @Test
    void theMeetingsAndCallsReadersAskAboutFirstHaveComparisons() {
        List<String> about = readouts().stream().map(r -> r.text("about")).toList();
        for (String id : List.of("geneva", "london", "busan", "trump-xi-call-2025-06-05", "trump-xi-call-2025-09-19")) {
            assertTrue(about.contains(id), "no comparison of the two governments' accounts of " + id);
        }
    }
}
