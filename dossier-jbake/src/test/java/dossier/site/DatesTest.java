package dossier.site;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
    void shortensLongQuotesAtAWordBoundary() {
        assertEquals("We will make a deal…", PageFactory.shorten("We will make a deal on everything", 21));
        assertEquals("Short", PageFactory.shorten("Short", 21));
    }
}
