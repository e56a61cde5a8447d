package dossier.site;

import dossier.model.TariffData;
import dossier.model.TariffData.RateChange;
import dossier.model.TariffData.TrucePeriod;
import dossier.model.Dossier;
import dossier.validation.MeasureHistoryTest;
import dossier.validation.MiniDossier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Where things stand", recomputed for several days from the tariff rows and a measure's history. */
class WhereThingsStandTest {

    private static final Dossier DOSSIER = new Dossier(new MiniDossier()
            .with("measures/port-fees.md", MeasureHistoryTest.MEASURE).validate().documents());
    private static final TariffData TARIFFS = new TariffData(List.of(
            new RateChange(LocalDate.of(2025, 2, 4), "us", 10, "report", "", 1),
            new RateChange(LocalDate.of(2025, 5, 14), "us", 30, "report", "", 2),
            new RateChange(LocalDate.of(2025, 5, 14), "china", 10, "report", "", 3)),
            List.of(new TrucePeriod(LocalDate.of(2025, 5, 14), LocalDate.of(2026, 11, 10), true, "truce",
                    "report", "Truce until 10 November 2026", 4)));
    private static final WhereThingsStand STANDING = new WhereThingsStand(DOSSIER, TARIFFS);

    private static List<String> rates(LocalDate day) {
        return STANDING.on(day).rates().stream().map(r -> r.side() + ": " + r.rate() + " since " + r.since().label())
                .toList();
    }

    @Test
    void beforeAnyTruceOnlyTheRatesThenInForce() {
        ReaderViews.Standing march = STANDING.on(LocalDate.of(2025, 3, 1));
        assertEquals(List.of("United States, on goods from China: 10% since 4 February 2025"), rates(LocalDate.of(2025, 3, 1)));
        assertEquals("", march.truce());
        assertEquals(List.of(), march.suspended());
    }

    @Test
    void duringTheTruceTheNewRatesTheTruceAndTheSuspendedMeasure() {
        LocalDate june = LocalDate.of(2025, 6, 1);
        ReaderViews.Standing standing = STANDING.on(june);
        assertEquals(List.of("United States, on goods from China: 30% since 14 May 2025",
                "China, on goods from the United States: 10% since 14 May 2025"), rates(june));
        assertEquals("Truce until 10 November 2026, 14 May 2025 – 10 November 2026", standing.truce());
        assertEquals(List.of("Port fees on ships: Suspended until 10 November 2026"), standing.suspended().stream()
                .map(m -> m.measure().label() + ": " + m.standing()).toList());
    }

    @Test
    void whatEndsAfterTheRecordDateIsAQuestionTheRecordCannotAnswer() {
        String recordEnd = dossier.base.Dates.day(DOSSIER.coverage().recordRunsTo());
        assertEquals(List.of("What followed on 10 November 2026, when the truce and the suspension of one measure were set"
                        + " to end? The record runs to " + recordEnd + "."),
                STANDING.on(LocalDate.of(2025, 6, 1)).openQuestions());
    }

    @Test
    void aStepLaterThanTheDayDoesNotCount() {
        assertEquals(List.of(), STANDING.on(LocalDate.of(2025, 5, 13)).suspended());
    }
}
