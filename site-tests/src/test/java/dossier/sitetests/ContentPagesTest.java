package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** The baked pages say what the content files say, and every cross-link is there. */
class ContentPagesTest {

    @TestFactory
    Stream<DynamicTest> eachTypeHasOnePagePerPublishedFile() {
        return ContentFiles.TYPE_FOLDERS.stream().map(folder -> dynamicTest(folder, () -> {
            List<String> expected = ContentFiles.published(folder).stream().map(ContentFile::page).toList();
            List<String> baked;
            try (Stream<Path> files = Files.list(BakedSite.SITE.resolve(folder))) {
                baked = files.map(p -> folder + "/" + p.getFileName())
                        .filter(p -> !p.endsWith("/index.html")).sorted().toList();
            }
            assertEquals(expected, baked);
        }));
    }

    @Test
    void draftsAreNotPublished() {
        for (String folder : ContentFiles.TYPE_FOLDERS) {
            for (ContentFile file : ContentFiles.all(folder)) {
                assertEquals(file.published(), Files.exists(BakedSite.SITE.resolve(file.page())), file.page());
            }
        }
        try (Stream<Path> files = Files.walk(BakedSite.SITE)) {
            assertEquals(List.of(), files.filter(p -> p.toString().contains("-draft")).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQuotePageShowsItsFilesTextExactly() {
        return ContentFiles.published("quotes").stream().map(quote -> dynamicTest(quote.id(), () -> {
            Element text = BakedSite.page(quote.page()).selectFirst("blockquote.quote-text");
            assertNotNull(text, "no blockquote.quote-text");
            assertEquals(quote.text("text").strip(), text.wholeText().strip());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyQuoteIsLinkedFromItsSpeakerRoundTopicsAndTheTimeline() {
        return ContentFiles.published("quotes").stream().map(quote -> dynamicTest(quote.id(), () -> {
            List<String> pagesThatMustLink = new ArrayList<>();
            pagesThatMustLink.add("actors/" + quote.text("speaker") + ".html");
            if (quote.text("round") != null) {
                pagesThatMustLink.add("rounds/" + quote.text("round") + ".html");
            }
            quote.list("topics").forEach(topic -> pagesThatMustLink.add("topics/" + topic + ".html"));
            pagesThatMustLink.add("timeline.html");
            pagesThatMustLink.add("quotes/index.html");
            for (String page : pagesThatMustLink) {
                assertTrue(linksTo(page, quote.page()), page + " does not link to " + quote.page());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRoundLinksItsDelegationsAndIsOnItsActorsPages() {
        return ContentFiles.published("rounds").stream().map(round -> dynamicTest(round.id(), () -> {
            @SuppressWarnings("unchecked")
            java.util.Map<String, List<String>> delegations =
                    (java.util.Map<String, List<String>>) round.fields().get("delegations");
            delegations.values().stream().flatMap(List::stream).forEach(actor -> {
                String actorPage = "actors/" + actor + ".html";
                assertTrue(linksTo(round.page(), actorPage), round.page() + " does not link to " + actorPage);
                assertTrue(linksTo(actorPage, round.page()), actorPage + " does not link to " + round.page());
            });
            assertTrue(linksTo("rounds/index.html", round.page()));
            assertTrue(linksTo("index.html", round.page()), "the home page lists every round");
        }));
    }

    @TestFactory
    Stream<DynamicTest> aSourceWithoutADateShowsNoneOnItsPage() {
        List<ContentFile> undated = ContentFiles.published("sources").stream()
                .filter(source -> !source.fields().containsKey("date")).toList();
        assertFalse(undated.isEmpty(), "every source has a date; this test would check nothing");
        return undated.stream().map(source -> dynamicTest(source.id(), () -> {
            Document page = BakedSite.page(source.page());
            assertEquals("public-record", source.text("kind"));
            assertEquals(List.of(), page.select("article time").eachText(), source.page() + " shows a date");
            assertEquals(source.text("publisher"), page.selectFirst("article .meta").text());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyEventIsOnTheTimeline() {
        return ContentFiles.published("events").stream().map(event -> dynamicTest(event.id(), () ->
                assertTrue(linksTo("timeline.html", event.page()))));
    }

    @TestFactory
    Stream<DynamicTest> everySourceListsThePagesThatCiteIt() {
        List<ContentFile> citing = new ArrayList<>();
        ContentFiles.TYPE_FOLDERS.forEach(folder -> citing.addAll(ContentFiles.published(folder)));
        return ContentFiles.published("sources").stream().map(source -> dynamicTest(source.id(), () -> {
            for (ContentFile document : citing) {
                boolean cites = document.list("sources").contains(source.id())
                        || source.id().equals(document.text("source"));
                if (cites) {
                    assertTrue(linksTo(source.page(), document.page()), source.page() + " does not list "
                            + document.page());
                    assertTrue(linksTo(document.page(), source.page()), document.page() + " does not cite "
                            + source.page());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCorrectedPageCarriesAVisibleNote() {
        return ContentFiles.published("corrections").stream().flatMap(correction ->
                correction.list("affects").stream().map(id -> dynamicTest(correction.id() + " on " + id, () -> {
                    String page = findPage(id);
                    Element note = BakedSite.page(page).selectFirst("aside.correction");
                    assertNotNull(note, page + " has no correction note");
                    assertTrue(BakedSite.linkedPages(note, page).contains(correction.page()),
                            page + "'s note does not link to " + correction.page());
                })));
    }

    @Test
    void theTimelineIsInDateOrderAndGroupedByMonth() {
        Document timeline = BakedSite.page("timeline.html");
        List<String> dates = timeline.select("ol.timeline time").eachAttr("datetime");
        assertFalse(dates.isEmpty());
        assertEquals(dates.stream().sorted().toList(), dates);
        for (Element month : timeline.select("main section")) {
            String id = month.selectFirst("h2").id();
            month.select("time").eachAttr("datetime").forEach(date ->
                    assertTrue(id.equals("m-" + date.substring(0, 7)), date + " under " + id));
        }
        int entries = ContentFiles.published("rounds").size() + ContentFiles.published("events").size()
                + ContentFiles.published("quotes").size();
        assertEquals(entries, dates.size(), "one timeline entry per round, event and quote");
    }

    private static String findPage(String id) {
        return ContentFiles.TYPE_FOLDERS.stream().map(folder -> folder + "/" + id + ".html")
                .filter(page -> Files.exists(BakedSite.SITE.resolve(page))).findFirst()
                .orElseThrow(() -> new AssertionError("no page for " + id));
    }

    private static boolean linksTo(String from, String to) {
        return BakedSite.linkedPages(BakedSite.page(from), from).contains(to);
    }
}
