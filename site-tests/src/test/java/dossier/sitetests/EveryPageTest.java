package dossier.sitetests;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Rules that hold for every baked page: one dynamic test per page and rule. */
class EveryPageTest {

    @TestFactory
    Stream<DynamicTest> everyPageDeclaresItsLanguage() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () ->
                assertEquals("en", BakedSite.page(page).selectFirst("html").attr("lang"))));
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasATitle() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () ->
                assertFalse(BakedSite.page(page).title().isBlank(), "empty <title>")));
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasExactlyOneMainHeading() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () ->
                assertEquals(1, BakedSite.page(page).select("h1").size(), "number of <h1>")));
    }

    @TestFactory
    Stream<DynamicTest> everyInternalLinkAndAnchorResolves() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            List<String> broken = new ArrayList<>();
            Document document = BakedSite.page(page);
            for (Element element : document.select("a[href], link[href], img[src], script[src]")) {
                String reference = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = problemWith(page, reference);
                if (problem != null) {
                    broken.add(reference + ": " + problem);
                }
            }
            assertTrue(broken.isEmpty(), "broken links on " + page + ":\n" + String.join("\n", broken));
        }));
    }

    @TestFactory
    Stream<DynamicTest> noPageLoadsAnythingFromAnotherHost() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            // A canonical link names the page's own published address; it loads nothing.
            List<String> external = BakedSite.page(page)
                    .select("link[href]:not([rel=canonical]), img[src], script[src], iframe, object")
                    .stream().map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                    .filter(url -> url.isEmpty() || URI.create(url).getScheme() != null || url.startsWith("//"))
                    .toList();
            assertEquals(List.of(), external);
        }));
    }

    /** Why a reference from a page does not resolve, or null when it does. */
    private static String problemWith(Path page, String reference) {
        if (reference.isEmpty()) {
            return "empty";
        }
        URI uri = URI.create(reference);
        if (uri.getScheme() != null) {
            return reference.startsWith("https://") || reference.startsWith("http://") || reference.startsWith("mailto:")
                    ? null : "unexpected scheme";
        }
        String path = uri.getRawPath() == null ? "" : uri.getPath();
        Path target = path.isEmpty() ? page : page.resolveSibling(path).normalize();
        if (target.startsWith("..")) {
            return "points outside the site";
        }
        if (!Files.isRegularFile(BakedSite.SITE.resolve(target))) {
            return "no file " + target;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && BakedSite.page(target).getElementById(fragment) == null) {
            return "no element with id '" + fragment + "' in " + target;
        }
        return null;
    }
}
