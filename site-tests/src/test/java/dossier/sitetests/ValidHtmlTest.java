package dossier.sitetests;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Every baked page passes the Nu Html Checker with zero errors. */
class ValidHtmlTest {

    @TestFactory
    Stream<DynamicTest> everyPagePassesTheNuHtmlChecker() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () ->
                SiteChecks.assertNone("HTML errors", page, HtmlValidator.shared().errors(BakedSite.SITE, page))));
    }
}
