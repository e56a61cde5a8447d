package dossier.model;

import dossier.content.Document;
import dossier.content.MeasureStep;
import dossier.model.TariffData.Part;
import dossier.model.TariffData.RateChange;
import dossier.model.TariffData.TrucePeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The headline tariff rates and the truce, computed from the tariff measures' histories: the one source of
 * truth, so a rate is written once, in the measure file whose step changed it.
 * <ul>
 *   <li>A side's headline rate on a day is the sum of the rates its tariffs on all the other side's goods
 *   ({@code goods: all}) charged that day: in force, or suspended above a rate still charged.</li>
 *   <li>Where none of those charged a rate but a tariff on some products did, the record gives no single rate:
 *   the chart shows a gap. Where no tariff of the side applied any more, the rate is 0%.</li>
 *   <li>A change is listed on each day the rate (or, in a gap, the set of tariffs applying) changed, with the
 *   step that changed it as its source.</li>
 *   <li>The truce periods are the suspensions of tariffs on all goods whose end the record gives, one period per
 *   start day.</li>
 * </ul>
 */
public final class TariffSeries {

    /** What the readers are told a period of suspended tariffs is. */
    public static final String TRUCE_LABEL = "Tariff truce";

    private TariffSeries() {
    }

    public static TariffData of(List<Document> measures) {
        List<RateChange> rates = new ArrayList<>();
        for (String side : TariffData.SIDES) {
            rates.addAll(changes(tariffsOf(measures, side)));
        }
        return new TariffData(rates, truces(measures));
    }

    private static List<Document> tariffsOf(List<Document> measures, String side) {
        return measures.stream().filter(m -> "tariff".equals(m.text("kind")) && side.equals(m.text("side"))).toList();
    }

    private static List<RateChange> changes(List<Document> tariffs) {
        TreeSet<LocalDate> days = new TreeSet<>();
        tariffs.forEach(t -> t.steps("history").forEach(step -> days.add(step.date())));
        List<RateChange> changes = new ArrayList<>();
        String last = null;
        for (LocalDate day : days) {
            List<Part> all = new ArrayList<>();
            List<Part> some = new ArrayList<>();
            List<Document> changedToday = new ArrayList<>();
            MeasureStep firstChange = null;
            int sum = 0;
            for (Document tariff : tariffs) {
                Optional<MeasureStep> standing = MeasureRegister.standingOn(tariff, day);
                if (standing.isEmpty()) {
                    continue;
                }
                MeasureStep step = standing.get();
                if (step.date().equals(day) && step.effective()) {
                    changedToday.add(tariff);
                    firstChange = firstChange == null ? step : firstChange;
                }
                if (!step.charged()) {
                    continue;
                }
                Part part = new Part(tariff.id(), tariff.text("title"), step.rate());
                if ("all".equals(tariff.text("goods"))) {
                    // The tariff that changed that day comes first: "84% + 20%" on the day the 84% began.
                    all.add(step.date().equals(day) ? 0 : all.size(), part);
                    sum += step.percentage();
                } else {
                    some.add(part);
                }
            }
            if (changedToday.isEmpty()) {
                continue;
            }
            Integer rate = !all.isEmpty() ? Integer.valueOf(sum) : some.isEmpty() ? Integer.valueOf(0) : null;
            List<Part> parts = rate == null ? some : all;
            String state = rate + " " + parts.stream().map(Part::measure).sorted().toList();
            if (state.equals(last) || last == null && rate != null && rate == 0) {
                continue;
            }
            last = state;
            changes.add(new RateChange(day, changedToday.get(0).text("side"), rate, firstChange.source(),
                    note(rate, parts, changedToday), firstChange.announced(), firstChange.evidence(), List.copyOf(parts),
                    firstChange.line()));
        }
        return changes;
    }

    /** "Reciprocal tariff on goods from China (84%) + Fentanyl-related tariff on goods from China (20%)". */
    private static String note(Integer rate, List<Part> parts, List<Document> changed) {
        if (rate == null) {
            return "No single rate: only tariffs on some products applied: " + String.join("; ",
                    parts.stream().map(TariffSeries::withRate).toList());
        }
        if (parts.isEmpty()) {
            return "No additional tariff applied any more: " + String.join("; ",
                    changed.stream().map(d -> d.text("title")).toList()) + " ended";
        }
        return String.join(" + ", parts.stream().map(TariffSeries::withRate).toList());
    }

    private static String withRate(Part part) {
        return part.rate().isEmpty() ? part.title() : part.title() + " (" + part.rate() + ")";
    }

    private static List<TrucePeriod> truces(List<Document> measures) {
        Map<LocalDate, TrucePeriod> byStart = new LinkedHashMap<>();
        for (String side : TariffData.SIDES) {
            for (Document tariff : tariffsOf(measures, side)) {
                if (!"all".equals(tariff.text("goods"))) {
                    continue;
                }
                for (MeasureStep step : tariff.steps("history")) {
                    if (step.status().equals("suspended") && step.until() != null) {
                        byStart.putIfAbsent(step.date(), new TrucePeriod(step.date(), step.until(), true,
                                step.changedBy().isEmpty() ? tariff.id() : step.changedBy(), step.source(),
                                TRUCE_LABEL, step.line()));
                    }
                }
            }
        }
        return byStart.values().stream().sorted(Comparator.comparing(TrucePeriod::from)).toList();
    }
}
