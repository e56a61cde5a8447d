package dossier.sitetests;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The menu on every page reaches every listing page and marks where the reader is: the listing that is the page
 * itself with aria-current="page", or the listing of the folder the page is in with aria-current="true".
 */
class MenuTest {

    private static final List<String> LISTINGS = List.of("index.html", "timeline.html", "rounds/index.html",
            "measures/index.html", "commitments.html", "readouts/index.html", "actors/index.html", "topics/index.html",
            "quotes/index.html", "sources/index.html", "corrections/index.html", "briefing-book.html", "data.html");

    @TestFactory
    Stream<DynamicTest> everyPagesMenuReachesEveryListingAndMarksWhereTheReaderIs() {
        return BakedSite.pages().stream().map(path -> dynamicTest(path.toString(), () -> {
            String page = path.toString().replace('\\', '/');
            List<Element> links = BakedSite.page(path).select("header nav a");
            assertEquals(LISTINGS, links.stream().map(a -> Path.of(page).resolveSibling(a.attr("href")).normalize()
                    .toString().replace('\\', '/')).toList(), page);
            List<String> marked = links.stream().filter(a -> a.hasAttr("aria-current"))
                    .map(a -> a.attr("aria-current") + " " + Path.of(page).resolveSibling(a.attr("href")).normalize()
                            .toString().replace('\\', '/')).toList();
            String folder = page.contains("/") ? page.substring(0, page.indexOf('/') + 1) : "";
            List<String> expected = LISTINGS.contains(page) ? List.of("page " + page)
                    : LISTINGS.stream().filter(l -> !folder.isEmpty() && l.equals(folder + "index.html"))
                            .map(l -> "true " + l).toList();
            assertEquals(expected, marked, page);
        }));
    }
}
