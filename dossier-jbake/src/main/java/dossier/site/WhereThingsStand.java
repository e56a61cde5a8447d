package dossier.site;

import dossier.base.Dates;
import dossier.base.SitePaths;
import dossier.charts.TariffChart;
import dossier.content.Document;
import dossier.content.MeasureStep;
import dossier.model.TariffData;
import dossier.model.TariffData.RateChange;
import dossier.model.TariffData.TrucePeriod;
import dossier.model.Dossier;
import dossier.model.MeasureRegister;
import dossier.site.ReaderViews.SideRate;
import dossier.site.ReaderViews.Standing;
import dossier.site.Views.Link;
import dossier.site.Views.MeasureItem;
import dossier.site.Views.When;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Where things stand" on a day, for the home page and the briefing book: nothing in it is typed by hand.
 * Each side's rate is the last change of the headline rates computed from the tariff measures on or before the day; the truce is the period
 * that day falls in; the suspended measures are those whose last step by that day is a suspension; and
 * each suspension or truce that ends after the date the record runs to is a question the record cannot
 * answer yet.
 */
public final class WhereThingsStand {

    private final Dossier dossier;
    private final TariffData tariffs;

    /** Where things stand by the dossier's own tariff measures. */
    public WhereThingsStand(Dossier dossier) {
        this(dossier, dossier.tariffs());
    }

    WhereThingsStand(Dossier dossier, TariffData tariffs) {
        this.dossier = dossier;
        this.tariffs = tariffs;
    }

    /** Where things stood on the date the dossier's record runs to. */
    public Standing onTheRecordDate() {
        return on(dossier.coverage().recordRunsTo());
    }

    public Standing on(LocalDate day) {
        LocalDate recordEnd = dossier.coverage().recordRunsTo();
        List<SideRate> rates = new ArrayList<>();
        for (String side : TariffData.SIDES) {
            lastChange(side, day).ifPresent(change -> rates.add(new SideRate(TariffChart.SIDE_LABELS.get(side),
                    change.recorded() ? change.rate() + "%" : "No single rate recorded", When.day(change.date()),
                    PageFactory.sourceLink(dossier.get(change.source())))));
        }
        // What is set to end after the record's last day, by day: the truce, and each suspension.
        java.util.TreeMap<LocalDate, List<String>> endings = new java.util.TreeMap<>();
        Optional<TrucePeriod> truce = tariffs.truces().stream()
                .filter(t -> !t.from().isAfter(day) && !t.until().isBefore(day)).reduce((a, b) -> b);
        truce.filter(t -> t.untilRecorded() && t.until().isAfter(recordEnd))
                .ifPresent(t -> endings.computeIfAbsent(t.until(), d -> new ArrayList<>()).add("truce"));
        List<MeasureItem> suspended = new ArrayList<>();
        for (Document measure : dossier.register().measures()) {
            Optional<MeasureStep> step = MeasureRegister.standingOn(measure, day);
            if (step.isPresent() && step.get().status().equals("suspended")) {
                suspended.add(new MeasureItem(new Link(measure.text("title"), SitePaths.of(measure),
                        PageFactory.kindLabel(measure)), PageFactory.stepLabel(step.get())));
                if (step.get().until() != null && step.get().until().isAfter(recordEnd)) {
                    endings.computeIfAbsent(step.get().until(), d -> new ArrayList<>()).add("measure");
                }
            }
        }
        List<String> open = new ArrayList<>();
        endings.forEach((end, what) -> open.add(question(end, what, recordEnd)));
        return new Standing(When.day(day), rates, truce.map(t -> t.label() + ", " + t.dates()).orElse(""), suspended, open);
    }

    /** "What followed on 10 November 2026, when the truce and the suspensions of 4 measures were set to end? ..." */
    private static String question(LocalDate end, List<String> what, LocalDate recordEnd) {
        List<String> parts = new ArrayList<>();
        if (what.contains("truce")) {
            parts.add("the truce");
        }
        long measures = what.stream().filter("measure"::equals).count();
        if (measures > 0) {
            parts.add(measures == 1 ? "the suspension of one measure" : "the suspensions of " + measures + " measures");
        }
        return "What followed on " + Dates.day(end) + ", when " + String.join(" and ", parts)
                + (what.size() == 1 ? " was" : " were") + " set to end? The record runs to " + Dates.day(recordEnd) + ".";
    }

    private Optional<RateChange> lastChange(String side, LocalDate day) {
        return tariffs.ratesOf(side).stream().filter(r -> !r.date().isAfter(day)).reduce((a, b) -> b);
    }
}
