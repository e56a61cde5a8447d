package dossier.data;

import dossier.validation.Problem;
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
              - {date: 2025-05-14, side: us, rate: 30, source: statement, note: "After Geneva"}
              - {date: 2025-02-04, side: china, rate: none, source: statement, note: "Product-specific"}
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
        assertEquals(List.of("data/tariffs.yaml:5: unknown event 'truse': no published file content/events/truse.md"),
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
        assertTrue(messages().get(0).startsWith("data/tariffs.yaml:5: give the truce's end as either 'until'"),
                messages().toString());
    }

    @Test
    void missingFieldsAndUnknownFieldsAreProblems() {
        assertNull(read(VALID.replace("note: \"After Geneva\"", "comment: x")));
        assertEquals(List.of("data/tariffs.yaml:2: missing field 'note'",
                "data/tariffs.yaml:2: unknown field 'comment' (known: date, note, rate, side, source)"),
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
}
