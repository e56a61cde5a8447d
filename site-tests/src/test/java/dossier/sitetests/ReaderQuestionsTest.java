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
                "events/us-orders-implement-busan-arrangement.html");
        Element timeline = section(topic, "timeline");
        List<String> listed = BakedSite.linkedPages(timeline, topic).stream().filter(truceEvents::contains).toList();
        assertEquals(truceEvents, listed, "the truce's start and extensions, in date order, on " + topic);
        String text = BakedSite.page(topic).selectFirst("article").text();
        assertTrue(text.contains("90 days from 14 May"), text);
        assertTrue(text.contains("until 12:01 a.m. on 10 November 2025"), text);
        assertTrue(text.contains("until 10 November 2026"), text);
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
    void whatChinasCommerceMinisterSaidAboutTheFirstFourRounds() {
        ContentFile quote = quoteOf("wang-wentao", "first four rounds");
        assertTrue(linksTo(section("actors/wang-wentao.html", "quotes"), "actors/wang-wentao.html", quote.page()));
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

    /**
     * The additional rate each side applied on every day of 2025, as the record gives it, read from the tariff
     * table a reader sees on the timeline page. The expected steps are written here from the documents
     * themselves, each on the day it took effect (null: no additional rate; -1: no single rate, product-specific):
     * US: before that, only the Section 301 tariffs on some products (no single rate; their four-year review's
     * increases applied from 27 September 2024), then 10% from 4 Feb (EO 14195), 20% from 4 Mar (EO 14228), 30% from 5 Apr (the 10% baseline of EO 14257),
     * 104% from 9 Apr (EO 14259: 84% + 20%), 145% from 10 Apr (EO 14266: 125% + 20%), 30% from 14 May
     * (EO 14298), 20% from 10 Nov (the orders of 4 November). China: product-specific duties from 10 Feb and
     * 10 Mar, 84% from 10 Apr (Customs Tariff Commission Announcement No. 5; No. 4's 34% was superseded at the
     * same moment), 125% from 12 Apr (No. 6), 10% from 14 May (announcement of 13 May).
     */
    @Test
    void theAdditionalRateEachSideAppliedOnAnyDayOf2025() {
        Map<String, java.util.TreeMap<java.time.LocalDate, Integer>> table = bakedTariffSteps();
        Map<String, java.util.TreeMap<java.time.LocalDate, Integer>> expected = Map.of(
                "United States, on goods from China", steps("2024-09-27", -1, "2025-02-04", 10, "2025-03-04", 20, "2025-04-05", 30,
                        "2025-04-09", 104, "2025-04-10", 145, "2025-05-14", 30, "2025-11-10", 20),
                "China, on goods from the United States", steps("2025-02-10", -1, "2025-04-10", 84,
                        "2025-04-12", 125, "2025-05-14", 10));
        for (java.time.LocalDate day = java.time.LocalDate.parse("2025-01-01"); day.getYear() == 2025;
             day = day.plusDays(1)) {
            for (String side : expected.keySet()) {
                assertEquals(rateOn(expected.get(side), day), rateOn(table.get(side), day), side + " on " + day);
            }
        }
        Element table2025 = BakedSite.page("timeline.html").selectFirst("#tariff-table");
        for (Element row : table2025.select("tbody tr")) {
            assertFalse(row.select("td:last-child a.document[href^=http]").isEmpty(),
                    "a tariff step without a document a reader can open: " + row.text());
        }
    }

    /** The steps of the baked table: side label to effective day to rate (-1 where no single rate is recorded). */
    private static Map<String, java.util.TreeMap<java.time.LocalDate, Integer>> bakedTariffSteps() {
        Map<String, java.util.TreeMap<java.time.LocalDate, Integer>> steps = new java.util.HashMap<>();
        for (Element row : BakedSite.page("timeline.html").select("#tariff-table tbody tr")) {
            java.time.LocalDate day = java.time.LocalDate.parse(row.selectFirst("td time").attr("datetime"));
            String side = row.child(1).text();
            String rate = row.child(2).text();
            steps.computeIfAbsent(side, k -> new java.util.TreeMap<>())
                    .put(day, rate.endsWith("%") ? Integer.valueOf(rate.substring(0, rate.length() - 1)) : -1);
        }
        return steps;
    }

    private static java.util.TreeMap<java.time.LocalDate, Integer> steps(Object... dayThenRate) {
        java.util.TreeMap<java.time.LocalDate, Integer> steps = new java.util.TreeMap<>();
        for (int i = 0; i < dayThenRate.length; i += 2) {
            steps.put(java.time.LocalDate.parse((String) dayThenRate[i]), (Integer) dayThenRate[i + 1]);
        }
        return steps;
    }

    private static Integer rateOn(java.util.TreeMap<java.time.LocalDate, Integer> steps, java.time.LocalDate day) {
        Map.Entry<java.time.LocalDate, Integer> step = steps.floorEntry(day);
        return step == null ? null : step.getValue();
    }

    @Test
    void whatEachSideCommittedToAtBusanAndWhatEachSideThenDid() {
        String busan = "rounds/busan.html";
        Element briefing = BakedSite.page(busan).selectFirst("section.briefing");
        Element committed = listAfter(briefing, "What each side committed to.");
        assertTrue(committed.select("li").stream().anyMatch(li -> li.text().startsWith("United States")), committed.text());
        assertTrue(committed.select("li").stream().anyMatch(li -> li.text().startsWith("China")), committed.text());
        Element then = listAfter(briefing, "What each side then did.");
        List<String> dated = then.select("li").stream().map(Element::text)
                .filter(item -> item.matches("\\d{1,2} [A-Z][a-z]+ 20\\d\\d: .*")).toList();
        assertTrue(dated.size() >= 4, "the steps each side took after Busan, each dated: " + then.text());
        assertTrue(dated.stream().anyMatch(item -> item.contains("executive order")), dated.toString());
        assertTrue(dated.stream().anyMatch(item -> item.contains("Customs Tariff Commission")
                || item.contains("MOFCOM")), dated.toString());
        Element sources = section(busan, "sources");
        assertTrue(sources.text().contains("Ministry of Commerce"), "China's own account is cited: " + sources.text());
        assertTrue(sources.text().contains("White House"), "the White House's account is cited: " + sources.text());
    }

    /** The list that follows a paragraph opening with the given bold words, as briefings write their sections. */
    private static Element listAfter(Element briefing, String heading) {
        Element label = briefing.select("p > strong").stream().filter(s -> s.text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section '" + heading + "' in " + briefing.text()));
        Element list = label.parent().nextElementSibling();
        assertNotNull(list);
        assertTrue(list.is("ul"), "a list follows '" + heading + "'");
        return list;
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
