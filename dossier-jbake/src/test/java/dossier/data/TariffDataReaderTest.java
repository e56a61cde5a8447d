package dossier.data;

import dossier.content.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TariffDataReaderTest {

    static final String VALID = """
            rates:
              - {date: 2025-05-14, side: us, rate: 30, source: statement, note: "After Geneva",
                 announced: 2025-05-12, evidence: "a rate of 30 percent from May 14, 2025"}
              - {date: 2025-02-04, side: china, rate: none, source: statement, note: "Product-specific",
                 evidence: "duties on coal from 10 February 2025; announced 2025-02-04"}
            truces:
              - {from: 2025-05-14, days: 90, event: truce, source: statement, label: "Truce"}
              - {from: 2025-08-11, until: 2025-11-10, event: truce, source: statement, label: "Extended"}
            """;

    private final List<Problem> problems = new ArrayList<>();

    private TariffData read(String yaml) {
        return new TariffDataReader("data/tariffs.yaml", Set.of("statement"), Set.of("truce"), problems).read(yaml);
    }

    private List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void readsRatesInDateOrderAndGapsAsRatesNotRecorded() {
        TariffData data = read(VALID);
        assertNotNull(data, messages().toString());
        assertEquals(List.of(LocalDate.parse("2025-02-04"), LocalDate.parse("2025-05-14")),
                data.rates().stream().map(TariffData.RateChange::date).toList());
        assertFalse(data.rates().get(0).recorded());
        assertEquals(30, data.rates().get(1).rate());
    }

    @Test
    void aTruceGivenInDaysEndsOnItsLastDay() {
        TariffData data = read(VALID);
        assertEquals(LocalDate.parse("2025-08-11"), data.truces().get(0).until(), "14 May + 90 days, inclusive");
        assertEquals(LocalDate.parse("2025-11-10"), data.truces().get(1).until());
    }

    @Test
    void readersSeeOnlyTheDatesTheRecordGives() {
        TariffData data = read(VALID);
        assertEquals("from 14 May 2025", data.truces().get(0).dates(), "the end of a length is not a date of record");
        assertEquals("11 August – 10 November 2025", data.truces().get(1).dates());
    }

    @Test
    void anUnknownSourceStopsTheBakeWithItsLine() {
        assertNull(read(VALID.replace("rate: 30, source: statement", "rate: 30, source: statment")));
        assertEquals(List.of("data/tariffs.yaml:2: unknown source 'statment': no published file"
                + " content/sources/statment.md"), messages());
    }

    @Test
    void anUnknownEventIsAProblem() {
        assertNull(read(VALID.replace("days: 90, event: truce", "days: 90, event: truse")));
        assertEquals(List.of("data/tariffs.yaml:7: unknown event 'truse': no published file content/events/truse.md"),
                messages());
    }

    @Test
    void aRateMustBeAWholePercentageOrNone() {
        assertNull(read(VALID.replace("rate: 30", "rate: about 30")));
        assertTrue(messages().get(0).startsWith("data/tariffs.yaml:2: rate 'about 30' is not a whole percentage"),
                messages().toString());
    }

    @Test
    void aTruceNeedsExactlyOneEnd() {
        assertNull(read(VALID.replace("days: 90,", "")));
        assertTrue(messages().get(0).startsWith("data/tariffs.yaml:7: give the truce's end as either 'until'"),
                messages().toString());
    }

    @Test
    void missingFieldsAndUnknownFieldsAreProblems() {
        assertNull(read(VALID.replace("note: \"After Geneva\"", "comment: x")));
        assertEquals(List.of("data/tariffs.yaml:2: missing field 'note'",
                "data/tariffs.yaml:2: unknown field 'comment' (known: announced, date, evidence, note, parts, rate, side, source)"),
                messages().stream().sorted().toList());
    }

    @Test
    void twoRatesForOneSideOnOneDayAreAProblem() {
        assertNull(read(VALID.replace("side: china", "side: us").replace("2025-02-04", "2025-05-14")));
        assertEquals(1, problems.size(), messages().toString());
        assertTrue(messages().get(0).contains("a second rate for us on 2025-05-14"), messages().toString());
    }

    @Test
    void aBadDateIsAProblem() {
        assertNull(read(VALID.replace("2025-05-14, side: us", "14 May 2025, side: us")));
        assertEquals(List.of("data/tariffs.yaml:2: date '14 May 2025' is not a date in ISO form (2025-05-14)"),
                messages());
    }

    @Test
    void evidenceThatDoesNotStateTheEffectiveDayStopsTheBake() {
        assertNull(read(VALID.replace("from May 14, 2025", "from May 12, 2025")));
        assertEquals(List.of("data/tariffs.yaml:3: the evidence does not state the day the rate took effect,"
                + " 2025-05-14: copy the source's words that give it (e.g. \"effective April 10, 2025\"), or correct"
                + " 'date'"), messages());
    }

    @Test
    void evidenceThatDoesNotStateTheRateStopsTheBake() {
        assertNull(read(VALID.replace("a rate of 30 percent", "a rate of 34 percent")));
        assertEquals(List.of("data/tariffs.yaml:3: the evidence does not state the rate 30%: copy the source's"
                + " words that give it, or, for a rate that adds up two recorded rates, list them as"
                + " 'parts: [changed, unchanged]', or correct 'rate'"), messages());
    }

    @Test
    void aCombinedRateNeedsItsChangedPartInTheEvidenceAndPartsThatAddUp() {
        String combined = VALID.replace("rate: 30, source: statement", "rate: 104, parts: [84, 20], source: statement")
                .replace("a rate of 30 percent", "raised from 34% to 84%");
        assertNotNull(read(combined), messages().toString());
        assertEquals(List.of(84, 20), read(combined).rates().get(1).parts());
        assertNull(read(combined.replace("parts: [84, 20]", "parts: [84, 10]")));
        assertTrue(messages().contains("data/tariffs.yaml:2: 'parts' lists the recorded rates that add up to 'rate',"
                + " e.g. 'parts: [84, 20]' for 'rate: 104': give two or more whole percentages whose sum is the"
                + " rate"), messages().toString());
    }

    @Test
    void anAnnouncementAfterTheEffectiveDayIsAProblem() {
        assertNull(read(VALID.replace("announced: 2025-05-12", "announced: 2025-05-15")));
        assertEquals(List.of("data/tariffs.yaml:3: announced 2025-05-15 is after the day the rate took effect"
                + " (2025-05-14): 'date' is the effective day, 'announced' the day it was made known"), messages());
    }

    @Test
    void overlappingTrucesAreAProblem() {
        assertNull(read(VALID.replace("from: 2025-08-11", "from: 2025-08-01")));
        assertEquals(List.of("data/tariffs.yaml:8: this truce begins on 2025-08-01, but the one on line 7 runs"
                + " until 2025-08-11: periods may not overlap; an extension begins on or after the day the period"
                + " it extends ends"), messages());
    }

    @Test
    void evidenceIsReadInTheFormsSourcesWriteDatesAndRates() {
        LocalDate april10 = LocalDate.parse("2025-04-10");
        assertTrue(TariffEvidence.statesDay("effective 12:01 a.m. EDT on April 10, 2025", april10));
        assertTrue(TariffEvidence.statesDay("from 10 April 2025", april10));
        assertTrue(TariffEvidence.statesDay("自2025年4月10日12时01分起", april10));
        assertTrue(TariffEvidence.statesDay("on Apr. 10", april10));
        assertFalse(TariffEvidence.statesDay("on April 1, 2025", april10));
        assertFalse(TariffEvidence.statesDay("on April 100", april10));
        assertTrue(TariffEvidence.statesRate("raised to 125 percent", 125));
        assertTrue(TariffEvidence.statesRate("加征34%关税", 34));
        assertFalse(TariffEvidence.statesRate("raised to 125 percent", 25));
        assertFalse(TariffEvidence.statesRate("a 1.25% fee", 25));
    }
}
