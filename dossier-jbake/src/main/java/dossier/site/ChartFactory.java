package dossier.site;

import dossier.base.SitePaths;

import dossier.base.Dates;

import dossier.charts.TariffChart;
import dossier.charts.TimelineChart;
import dossier.content.Document;
import dossier.model.TariffData;
import dossier.model.TariffData.RateChange;
import dossier.model.Dossier;
import dossier.site.ReaderViews.Charts;
import dossier.site.ReaderViews.RatePart;
import dossier.site.ReaderViews.TariffRow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The charts of a listing page, with links made relative to that page. */
public final class ChartFactory {

    /**
     * The id of the timeline page's month-by-month list, the timeline chart's text equivalent there
     * (templates/timeline.ftl gives its list this id).
     */
    public static final String TIMELINE_TEXT_ID = "timeline-text";
    /** The id of the table of rate changes, the tariff chart's text equivalent. */
    public static final String TARIFF_TABLE_ID = "tariff-table";

    /** The listing pages whose templates draw the charts (home.ftl, timeline.ftl, briefing-book.ftl). */
    public static final Set<ListingPage> PAGES_WITH_CHARTS = EnumSet.of(ListingPage.HOME, ListingPage.TIMELINE,
            ListingPage.BRIEFING_BOOK);

    private final Dossier dossier;
    private final TariffData tariffs;
    /** The years the charts' axis spans: those of the first and last dated document, found once per bake. */
    private final int first;
    private final int last;

    public ChartFactory(Dossier dossier) {
        this.dossier = dossier;
        this.tariffs = dossier.tariffs();
        List<Integer> years = dossier.timeline().entries().stream().map(d -> d.date("date").getYear()).toList();
        this.first = years.stream().min(Integer::compare).orElse(LocalDate.now().getYear());
        this.last = years.stream().max(Integer::compare).orElse(first);
    }

    public Charts forPage(ListingPage page) {
        String root = SitePaths.rootFrom(page.path());
        return new Charts(
                TimelineChart.svg(dossier, tariffs.truces(), first, last, root,
                        page == ListingPage.TIMELINE ? TIMELINE_TEXT_ID : ""),
                TariffChart.svg(tariffs, first, last, dossier.coverage().recordRunsTo(), TARIFF_TABLE_ID),
                tariffs.rates().stream().map(this::row).toList());
    }

    private TariffRow row(RateChange change) {
        Document source = dossier.get(change.source());
        return new TariffRow(Views.When.day(change.date()), Views.When.day(change.announced()),
                TariffChart.SIDE_LABELS.get(change.side()),
                change.recorded() ? change.rate() + "%" : "No single rate recorded", change.recorded(), change.note(),
                change.parts().stream().map(part -> new RatePart(new Views.Link(part.title(), SitePaths.of(dossier.get(part.measure())), ""),
                        part.rate())).toList(),
                PageFactory.sourceLink(source));
    }
}
