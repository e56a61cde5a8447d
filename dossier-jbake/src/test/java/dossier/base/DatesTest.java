package dossier.base;

import org.junit.jupiter.api.Test;

import dossier.content.ContentType;
import dossier.content.Document;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {

    @Test
    void labelsOneDay() {
        assertEquals("30 October 2025", Dates.range(LocalDate.of(2025, 10, 30), null));
    }

    @Test
    void labelsDaysOfOneMonthWithOneMonthName() {
        assertEquals("25–26 October 2025", Dates.range(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 26)));
    }

    @Test
    void labelsSpansAcrossMonthsAndYears() {
        assertEquals("28 July – 2 August 2025", Dates.range(LocalDate.of(2025, 7, 28), LocalDate.of(2025, 8, 2)));
        assertEquals("30 December 2025 – 2 January 2026",
                Dates.range(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2)));
    }

    @Test
    void labelsAnEventDatedOnlyToAMonthByItsMonth() {
        Document halt = event(Map.of("date", LocalDate.of(2025, 5, 1), "date_precision", "month"));
        assertEquals("May 2025", Dates.of(halt));
        assertEquals("2025-05", Dates.isoOf(halt));
        assertEquals("2025-05", Dates.isoOfEnd(halt));
    }

    @Test
    void labelsADatedDocumentByItsDays() {
        Document round = event(Map.of("date", LocalDate.of(2025, 5, 10), "end_date", LocalDate.of(2025, 5, 11)));
        assertEquals("10–11 May 2025", Dates.of(round));
        assertEquals("2025-05-10", Dates.isoOf(round));
        assertEquals("2025-05-11", Dates.isoOfEnd(round));
    }

    @Test
    void namesAnUndatedSourceByItsPublisherAlone() {
        assertEquals("Public record", Dates.publisherAndDay("Public record", null));
        assertEquals("The White House, 1 November 2025",
                Dates.publisherAndDay("The White House", LocalDate.of(2025, 11, 1)));
    }

    private static Document event(Map<String, Object> values) {
        return new Document(ContentType.EVENT, "e", null, values, Map.of(), "");
    }
}
