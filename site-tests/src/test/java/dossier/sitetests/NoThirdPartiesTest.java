package dossier.sitetests;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** No page loads anything from another host, and every page's Content-Security-Policy forbids it. */
class NoThirdPartiesTest {

    @TestFactory
    Stream<DynamicTest> noPageLoadsAnythingFromAnotherHostAndItsPolicyForbidsIt() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () ->
                SiteChecks.assertNone("third-party problems", page, ThirdPartyCheck.problems(BakedSite.page(page)))));
    }

    @TestFactory
    Stream<DynamicTest> noStylesheetLoadsAnythingFromAnotherHost() {
        return BakedSite.files().stream().filter(file -> file.toString().endsWith(".css"))
                .map(css -> dynamicTest(css.toString(), () -> SiteChecks.assertNone("third-party problems", css,
                        ThirdPartyCheck.externalInCss(css.toString(), Files.readString(BakedSite.SITE.resolve(css))))));
    }
}
