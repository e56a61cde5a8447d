package dossier.sitetests;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    // Links, anchors and every other reference: LinksTest. Third parties and the CSP: NoThirdPartiesTest.
}
