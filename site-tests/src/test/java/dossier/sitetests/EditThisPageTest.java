package dossier.sitetests;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * "Edit this page": with edit.base set in jbake.properties, a bake of a scratch copy links every
 * content page to its source file under that address; listing pages, which have no file, have no link.
 */
class EditThisPageTest {

    private static final String BASE = "https://example.invalid/owner/dossier/edit/main/";

    private static Path site;

    @BeforeAll
    static void bakeWithAnEditBase(@TempDir Path temp) throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        project.write("jbake.properties", project.read("jbake.properties") + "\nedit.base=" + BASE + "\n");
        site = temp.resolve("site");
        project.bake(site);
    }

    @TestFactory
    Stream<DynamicTest> everyContentPageLinksToItsSourceFile() {
        return ContentFiles.TYPE_FOLDERS.stream().flatMap(folder -> ContentFiles.published(folder).stream())
                .map(file -> dynamicTest(file.page(), () -> assertEquals(
                        List.of(BASE + "content/" + file.folder() + "/" + file.id() + ".md"),
                        editLinks(page(site, file.page())).eachAttr("href"))));
    }

    @Test
    void listingPagesHaveNoEditLink() {
        for (String listing : List.of("index.html", "timeline.html", "quotes/index.html", "rounds/index.html")) {
            assertEquals(List.of(), editLinks(page(site, listing)).eachAttr("href"), listing);
        }
    }

    @Test
    void theRealSiteWithoutAnEditBaseHasNoEditLinks() {
        List<Path> withLinks = BakedSite.pages().stream().filter(p -> !editLinks(BakedSite.page(p)).isEmpty()).toList();
        assertEquals(List.of(), withLinks);
        assertTrue(BakedSite.pages().size() > 10);
    }

    private static Elements editLinks(Document page) {
        return page.select("a:containsOwn(Edit this page)");
    }

    private static Document page(Path site, String relative) {
        try {
            return Jsoup.parse(site.resolve(relative).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
