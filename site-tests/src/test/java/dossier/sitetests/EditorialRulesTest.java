package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** The dossier's editorial rules that a machine can check, on the baked pages. */
class EditorialRulesTest {

    private static final List<String> CITING_FOLDERS = List.of("rounds", "actors", "topics", "events", "quotes",
            "corrections");

    @TestFactory
    Stream<DynamicTest> everyPageOtherThanASourceCitesASource() {
        return CITING_FOLDERS.stream().flatMap(folder -> ContentFiles.published(folder).stream())
                .map(file -> dynamicTest(file.page(), () -> {
                    long sourceLinks = pagesLinkedFrom(file.page()).stream()
                            .filter(target -> target.startsWith("sources/") && !target.equals("sources/index.html"))
                            .count();
                    assertTrue(sourceLinks > 0, file.page() + " links to no source");
                }));
    }

    /** Issue 3's rule: no actor or topic stands apart from the story the rounds, events and quotes tell. */
    @TestFactory
    Stream<DynamicTest> everyActorAndTopicIsLinkedFromARoundEventOrQuote() {
        List<String> storyPages = Stream.of("rounds", "events", "quotes")
                .flatMap(folder -> ContentFiles.published(folder).stream()).map(ContentFile::page).toList();
        return Stream.of("actors", "topics").flatMap(folder -> ContentFiles.published(folder).stream())
                .map(target -> dynamicTest(target.page(), () -> assertTrue(
                        storyPages.stream().anyMatch(page -> pagesLinkedFrom(page).contains(target.page())),
                        target.page() + " is linked from no round, event or quote page")));
    }

    @Test
    void noStatementHasTwoQuotePages() {
        Map<String, String> pageByStatement = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (ContentFile quote : ContentFiles.published("quotes")) {
            List<String> renderings = new ArrayList<>(quote.list("variants"));
            renderings.add(quote.text("text"));
            for (String rendering : renderings) {
                String previous = pageByStatement.putIfAbsent(comparable(rendering), quote.page());
                if (previous != null && !previous.equals(quote.page())) {
                    duplicates.add("'" + rendering + "' is on " + previous + " and " + quote.page());
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    /** The pages the main content of a page links to, as paths from the site's root. */
    private static List<String> pagesLinkedFrom(String page) {
        return BakedSite.linkedPages(BakedSite.page(page).selectFirst("main"), page);
    }

    /** A statement with case, punctuation, quote marks and spacing set aside. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase()
                .replaceAll("[\\p{Punct}\\p{Pd}\\p{Pi}\\p{Pf}«»]", " ").replaceAll("\\s+", " ").strip();
    }
}
