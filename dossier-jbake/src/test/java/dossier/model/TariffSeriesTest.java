package dossier.model;

import dossier.model.TariffData.RateChange;
import dossier.validation.MiniDossier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The headline rates and the truce, computed from tariff measures only. */
class TariffSeriesTest {

    private static String tariff(String side, String goods, String steps) {
        return "---\ntitle: A tariff\nside: " + side + "\nkind: tariff\ngoods: " + goods + "\ncovers: Goods.\n"
                + "topics: [tariffs]\nhistory:\n" + steps + "status: published\n---\nWhat it is.\n";
    }

    private static String step(String date, String status, String rate, String until) {
        return "  - date: " + date + "\n    status: " + status + "\n" + (rate.isEmpty() ? "" : "    rate: \"" + rate + "\"\n")
                + (until.isEmpty() ? "" : "    until: " + until + "\n") + "    source: report\n    evidence: \"" + rate + " from "
                + date + ".\"\n";
    }

    private static final MiniDossier FILES = new MiniDossier()
            .with("measures/fentanyl.md", tariff("us", "all", step("2025-02-04", "in-force", "10%", "")
                    + step("2025-03-04", "in-force", "20%", "") + step("2026-02-24", "struck-down", "", "")))
            .with("measures/reciprocal.md", tariff("us", "all", step("2025-04-02", "announced", "34%", "")
                    + step("2025-04-05", "in-force", "10%", "") + step("2025-05-14", "suspended", "10%", "2025-08-12")
                    + step("2026-02-24", "struck-down", "", "")))
            .with("measures/surcharge.md", tariff("us", "some", step("2026-02-24", "in-force", "10%", "")))
            .with("measures/energy.md", tariff("china", "some", step("2025-02-10", "in-force", "15% and 10%", "")
                    + step("2025-11-10", "withdrawn", "", "")))
            .with("measures/counter.md", tariff("china", "all", step("2025-04-10", "in-force", "84%", "")
                    + step("2025-11-10", "withdrawn", "", "")));

    private static final TariffData TARIFFS = new Dossier(FILES.validate().documents()).tariffs();

    private static List<String> changes(String side) {
        return TARIFFS.ratesOf(side).stream().map(c -> c.date() + " " + (c.recorded() ? c.rate() + "%" : "none") + " "
                + c.parts().stream().map(TariffData.Part::measure).toList()).toList();
    }

    @Test
    void aSidesRateIsTheSumOfItsTariffsOnAllGoodsTheOneThatChangedFirst() {
        assertEquals(List.of("2025-02-04 10% [fentanyl]", "2025-03-04 20% [fentanyl]",
                "2025-04-05 30% [reciprocal, fentanyl]", "2026-02-24 none [surcharge]"), changes("us"));
    }

    @Test
    void anAnnouncementOrASuspensionThatKeepsTheRateChangesNothing() {
        assertEquals(List.of(), TARIFFS.ratesOf("us").stream().filter(c -> c.date().toString().equals("2025-04-02")
                || c.date().toString().equals("2025-05-14")).toList());
    }

    @Test
    void onlyTariffsOnSomeProductsMakeAGapAndNoTariffAtAllMakesZero() {
        assertEquals(List.of("2025-02-10 none [energy]", "2025-04-10 84% [counter]", "2025-11-10 0% []"), changes("china"));
    }

    @Test
    void eachChangeNamesTheSourceAndTheWordsOfTheStepThatMadeIt() {
        RateChange change = TARIFFS.ratesOf("us").get(2);
        assertEquals("report", change.source());
        assertEquals("10% from 2025-04-05.", change.evidence());
    }

    @Test
    void aTruceIsASuspensionOfATariffOnAllGoodsWithTheEndTheRecordGives() {
        assertEquals(List.of("2025-05-14 2025-08-12 reciprocal"), TARIFFS.truces().stream()
                .map(t -> t.from() + " " + t.until() + " " + t.event()).toList());
    }
}
