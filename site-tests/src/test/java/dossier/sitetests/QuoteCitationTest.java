package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every quote page has a "Cite this" line (speaker, date, source, permalink) as plain text, readable and
 * selectable without scripts; a same-origin script, allowed by the page's CSP, only adds a copy button.
 */
class QuoteCitationTest {

    private static ContentFile file(String folder, String id) {
        return ContentFiles.published(folder).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> everyQuotePageShowsACitationWithSpeakerDateSourceAndPermalink() {
        return ContentFiles.published("quotes").stream().map(quote -> dynamicTest(quote.id(), () -> {
            Element citation = BakedSite.page(quote.page()).selectFirst(".cite-this p.citation");
            assertNotNull(citation, "no .cite-this p.citation");
            String text = citation.text();
            assertTrue(text.startsWith(file("actors", quote.text("speaker")).text("name") + ", "), text);
            String day = java.time.LocalDate.parse(quote.date("date"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
            assertTrue(text.contains(day), "no date " + day + " in " + text);
            assertTrue(text.contains(quote.text("text").strip()), text);
            assertTrue(text.contains(file("sources", quote.text("source")).text("title")), text);
            String permalink = BakedSite.address(quote.page());
            assertTrue(text.endsWith(permalink), text);
            assertEquals(permalink, citation.selectFirst("a.permalink").attr("href"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCitationIsVisibleWithoutScriptsAndTheCopyButtonComesFromTheSiteItself() {
        return ContentFiles.published("quotes").stream().map(quote -> dynamicTest(quote.id(), () -> {
            Document page = BakedSite.page(quote.page());
            Element citation = page.selectFirst(".cite-this p.citation");
            for (Element e = citation; e != null; e = e.parent()) {
                assertTrue(!e.hasAttr("hidden") && !e.tagName().equals("noscript") && !e.tagName().equals("template"),
                        "the citation is hidden inside <" + e.tagName() + ">");
            }
            assertTrue(page.select(".cite-this button").isEmpty(), "the button is the script's to add");
            Element script = page.selectFirst(".cite-this script[src]");
            assertNotNull(script, "no copy script");
            assertTrue(Files.isRegularFile(BakedSite.SITE.resolve(quote.page()).resolveSibling(script.attr("src")).normalize()));
            assertTrue(BakedSite.text("js/copy-citation.js").contains("p.citation"), "the script looks for the citation");
            String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(policy.contains("script-src 'self'"), policy);
            for (Element any : page.select("script")) {
                assertTrue(any.hasAttr("src") || any.attr("type").equals("application/ld+json"),
                        "an inline script, which the CSP blocks: " + any);
            }
        }));
    }
}
