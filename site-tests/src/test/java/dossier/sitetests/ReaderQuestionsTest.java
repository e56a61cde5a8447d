package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The questions issue 3 says a reader must be able to answer from the site alone, each answer on a page
 * that links to its sources: the baked pages are read as a reader would read them.
 */
class ReaderQuestionsTest {

    @TestFactory
    Stream<DynamicTest> whoLedEachDelegationInEachRound() {
        return ContentFiles.published("rounds").stream().map(round -> dynamicTest(round.id(), () -> {
            Element delegations = section(round.page(), "delegations");
            @SuppressWarnings("unchecked")
            Map<String, List<String>> sides = (Map<String, List<String>>) round.fields().get("delegations");
            for (Element side : delegations.select("h3")) {
                Element answer = side.nextElementSibling();
                assertNotNull(answer, round.page() + ": nothing under " + side.text());
                boolean named = answer.is("ul") && !answer.select("a[href]").isEmpty();
                assertTrue(named || answer.text().equals("Not named in the dossier's sources."),
                        round.page() + " neither names " + side.text() + "'s delegation nor says it is not named");
            }
            for (String actor : sides.values().stream().flatMap(List::stream).toList()) {
                assertTrue(linksTo(delegations, round.page(), "actors/" + actor + ".html"), round.page() + ": " + actor);
            }
            assertCitesASource(round.page());
        }));
    }

    @TestFactory
    Stream<DynamicTest> whatEachRoundAgreed() {
        return ContentFiles.published("rounds").stream().map(round -> dynamicTest(round.id(), () -> {
            Element outcome = BakedSite.page(round.page()).selectFirst("article p.outcome");
            assertNotNull(outcome, round.page() + " shows no outcome");
            assertEquals("Outcome: " + round.text("outcome"), outcome.text());
        }));
    }

    @Test
    void whenTheTruceBeganAndHowItWasExtended() {
        String topic = "topics/tariffs.html";
        List<String> truceEvents = List.of("events/truce-takes-effect.html", "events/truce-extended-to-november.html",
                "events/busan-fact-sheet.html");
        Element timeline = section(topic, "timeline");
        List<String> listed = BakedSite.linkedPages(timeline, topic).stream().filter(truceEvents::contains).toList();
        assertEquals(truceEvents, listed, "the truce's start and extensions, in date order, on " + topic);
        String text = BakedSite.page(topic).selectFirst("article").text();
        assertTrue(text.contains("90 days from 14 May"), text);
        assertTrue(text.contains("to 10 November 2025"), text);
        assertTrue(text.contains("to 10 November 2026"), text);
        truceEvents.forEach(ReaderQuestionsTest::assertCitesASource);
    }

    @Test
    void whatChinaDidOnRareEarthsAndWhen() {
        String topic = "topics/rare-earths.html";
        Element timeline = section(topic, "timeline");
        for (String event : List.of("events/rare-earth-licensing-regime.html", "events/rare-earth-controls-widened.html",
                "events/busan-fact-sheet.html")) {
            assertTrue(linksTo(timeline, topic, event), topic + "'s timeline does not list " + event);
            assertCitesASource(event);
        }
        String text = timeline.text();
        assertTrue(text.contains("4 April 2025") && text.contains("9 October 2025"), text);
    }

    @Test
    void whatBessentSaidAboutTheG7() {
        ContentFile quote = quoteOf("bessent", "G7");
        assertTrue(linksTo(section("actors/bessent.html", "quotes"), "actors/bessent.html", quote.page()));
        assertTrue(linksTo(BakedSite.page("topics/g7-coordination.html").selectFirst("main"),
                "topics/g7-coordination.html", quote.page()));
        assertEquals(quote.text("text"), BakedSite.page(quote.page()).selectFirst("blockquote.quote-text").text());
        assertCitesASource(quote.page());
    }

    @Test
    void whatMofcomSaidAboutTheFirstFourRounds() {
        ContentFile quote = quoteOf("mofcom", "first four rounds");
        assertTrue(linksTo(section("actors/mofcom.html", "quotes"), "actors/mofcom.html", quote.page()));
        assertEquals(quote.text("text"), BakedSite.page(quote.page()).selectFirst("blockquote.quote-text").text());
        assertCitesASource(quote.page());
    }

    @Test
    void whatTheReportGotWrong() {
        List<ContentFile> corrections = ContentFiles.published("corrections");
        assertTrue(corrections.size() >= 2, "the sources' README names at least two errors");
        String report = "sources/report-2025-10-24.html";
        Element errors = section(report, "errors");
        for (ContentFile correction : corrections) {
            assertTrue(linksTo(errors, report, correction.page()), report + " does not list " + correction.page());
            assertTrue(linksTo(BakedSite.page("corrections/index.html").selectFirst("main"), "corrections/index.html",
                    correction.page()));
            assertFalse(section(correction.page(), "records").select("a[href*=sources/]").isEmpty(),
                    correction.page() + " links to no record");
        }
        List<String> said = corrections.stream().map(c -> c.text("said")).toList();
        assertTrue(said.contains("Jameson Grier"), said.toString());
        assertTrue(said.stream().anyMatch(s -> s.contains("Madrid meeting")), said.toString());
    }

    private static ContentFile quoteOf(String speaker, String words) {
        List<ContentFile> found = ContentFiles.published("quotes").stream()
                .filter(q -> speaker.equals(q.text("speaker")) && q.text("text").contains(words)).toList();
        assertEquals(1, found.size(), "quotes by " + speaker + " containing '" + words + "'");
        return found.get(0);
    }

    private static Element section(String page, String headingId) {
        Document document = BakedSite.page(page);
        Element section = document.selectFirst("section[aria-labelledby=" + headingId + "]");
        assertNotNull(section, page + " has no '" + headingId + "' section");
        return section;
    }

    private static boolean linksTo(Element within, String from, String to) {
        return BakedSite.linkedPages(within, from).contains(to);
    }

    /** The answer is one click from its source: the page's Sources section links to a source page. */
    private static void assertCitesASource(String page) {
        Element sources = section(page, "sources");
        assertFalse(sources.select("a[href*=sources/]").isEmpty(), page + " links to no source");
    }
}
