package dossier.sitetests;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every reference in every file of the site resolves: links, #anchors, images, stylesheets, and the
 * URLs in SVGs, stylesheets, feeds, sitemaps and JSON exports, whichever of those the site has.
 */
class LinksTest {

    private static final LinkChecker CHECKER = new LinkChecker(BakedSite.SITE, BakedSite.HOST);

    @TestFactory
    Stream<DynamicTest> everyReferenceInEveryFileResolves() {
        return BakedSite.files().stream()
                .filter(file -> LinkChecker.CHECKED_TYPES.contains(LinkChecker.typeOf(file)))
                .map(file -> dynamicTest(file.toString(), () ->
                        SiteChecks.assertNone("broken references", file, CHECKER.brokenReferences(file))));
    }

    @Test
    void theHomePageLinksToTheSiteItself() {
        // Guards the checker against finding nothing to check.
        assertFalse(CHECKER.references(java.nio.file.Path.of("index.html")).isEmpty());
    }
}
