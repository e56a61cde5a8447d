package dossier.sitetests;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site checks can fail: each kind of broken page, checked as the tests over the baked site check
 * it, fails with a message that names the page and the problem.
 */
class BrokenPagesAreCaughtTest {

    private static final String HOST = "https://example.org/dossier";

    @TempDir
    Path site;

    /** A page shaped like the site's own, with {@code body} in its main element. */
    private static String page(String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
                <title>A test page</title>
                <link rel="stylesheet" href="../css/site.css">
                </head>
                <body>
                <main id="main">
                <h1>A test page</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(body);
    }

    private Path write(String relative, String text) throws Exception {
        Files.createDirectories(site.resolve(relative).getParent());
        Files.writeString(site.resolve(relative), text);
        return Path.of(relative);
    }

    private static String failureOf(String check, Path file, List<String> problems) {
        return assertThrows(AssertionError.class, () -> SiteChecks.assertNone(check, file, problems)).getMessage();
    }

    @Test
    void aWellFormedPagePassesEveryCheck() throws Exception {
        write("css/site.css", "body { margin: 0; }");
        Path page = write("rounds/geneva.html", page("<p><a href=\"../css/site.css\">the stylesheet</a></p>"));
        assertEquals(List.of(), HtmlValidator.shared().errors(site, page));
        assertEquals(List.of(), new LinkChecker(site, HOST).brokenReferences(page));
        assertEquals(List.of(), ThirdPartyCheck.problems(Jsoup.parse(Files.readString(site.resolve(page)))));
    }

    @Test
    void anUnclosedTagFailsTheHtmlCheck() throws Exception {
        Path page = write("rounds/geneva.html", page("<p>Talks <em>ended.</p><div><p>Unclosed</p>"));
        String message = failureOf("HTML errors", page, HtmlValidator.shared().errors(site, page));
        assertTrue(message.contains("rounds/geneva.html:"), message);
        assertTrue(message.contains("“em”") || message.contains("\"em\""), message);
        assertTrue(message.contains("“div”") || message.contains("\"div\""), message);
    }

    @Test
    void anImageWithoutAltTextFailsTheHtmlCheck() throws Exception {
        write("img/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path page = write("rounds/geneva.html", page("<img src=\"../img/map.svg\">"));
        String message = failureOf("HTML errors", page, HtmlValidator.shared().errors(site, page));
        assertTrue(message.contains("rounds/geneva.html:") && message.contains("alt"), message);
    }

    @Test
    void aBrokenLinkOrAnchorFailsTheLinkCheck() throws Exception {
        write("css/site.css", "body { margin: 0; }");
        write("actors/bessent.html", page("<p id=\"profile\">Profile</p>"));
        Path page = write("rounds/geneva.html", page("""
                <a href="../actors/besent.html">Bessent</a>
                <a href="../actors/bessent.html#quotes">his quotes</a>
                <a href="../actors/bessent.html#profile">his profile</a>"""));
        String message = failureOf("broken references", page, new LinkChecker(site, HOST).brokenReferences(page));
        assertTrue(message.contains("2 broken references in rounds/geneva.html"), message);
        assertTrue(message.contains("../actors/besent.html: no file actors/besent.html"), message);
        assertTrue(message.contains("no element with id 'quotes' in actors/bessent.html"), message);
    }

    @Test
    void brokenUrlsInFeedsSvgsStylesheetsAndJsonFailTheLinkCheck() throws Exception {
        write("rounds/geneva.html", page(""));
        LinkChecker checker = new LinkChecker(site, HOST);
        Path feed = write("feed.xml", """
                <feed xmlns="http://www.w3.org/2005/Atom"><entry>
                <link href="https://example.org/dossier/rounds/geneva.html"/>
                <link href="https://example.org/dossier/rounds/london.html"/></entry></feed>""");
        Path svg = write("charts/tariffs.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                <a xlink:href="../rounds/madrid.html"><text>Madrid</text></a></svg>""");
        Path css = write("css/site.css", "body { background: url(../img/paper.png); }");
        Path json = write("data/rounds.json", """
                [{"id": "geneva", "url": "https://example.org/dossier/rounds/geneva.html"},
                 {"id": "busan", "url": "rounds/busan.html"}]""");
        Path sitemap = write("sitemap.xml", """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://example.org/dossier/stockholm.html</loc></url></urlset>""");

        assertEquals(List.of("https://example.org/dossier/rounds/london.html: no file rounds/london.html"),
                checker.brokenReferences(feed));
        assertEquals(List.of("../rounds/madrid.html: no file rounds/madrid.html"), checker.brokenReferences(svg));
        assertEquals(List.of("../img/paper.png: no file img/paper.png"), checker.brokenReferences(css));
        assertEquals(List.of("rounds/busan.html: no file data/rounds/busan.html"), checker.brokenReferences(json));
        assertEquals(List.of("https://example.org/dossier/stockholm.html: no file stockholm.html"),
                checker.brokenReferences(sitemap));
    }

    @Test
    void anExternalScriptFailsTheThirdPartyCheck() throws Exception {
        Path page = write("rounds/geneva.html", page("<script src=\"https://cdn.example.com/analytics.js\"></script>"));
        String message = failureOf("third-party problems", page,
                ThirdPartyCheck.problems(Jsoup.parse(Files.readString(site.resolve(page)))));
        assertTrue(message.contains("in rounds/geneva.html"), message);
        assertTrue(message.contains("<script src=\"https://cdn.example.com/analytics.js\"> loads from another host"),
                message);
    }

    @Test
    void aMissingOrPermissivePolicyFailsTheThirdPartyCheck() {
        String withoutPolicy = page("").replaceAll("<meta http-equiv=[^>]*>", "");
        assertEquals(List.of("no <meta http-equiv=\"Content-Security-Policy\"> in <head>"),
                ThirdPartyCheck.problems(Jsoup.parse(withoutPolicy)));
        String permissive = page("").replace("img-src 'self'", "img-src 'self' https://images.example.com");
        assertEquals(List.of("the Content-Security-Policy's img-src allows https://images.example.com"),
                ThirdPartyCheck.problems(Jsoup.parse(permissive)));
    }
}
