package dossier.site;

import dossier.site.Views.Link;
import dossier.site.Views.RoundPage;

import java.util.List;

/** Views of the reader features: charts, the briefing book and the search page (see {@link Views}). */
public final class ReaderViews {

    private ReaderViews() {
    }

    /**
     * The charts a page shows, as SVG markup made and escaped by dossier.charts (so templates print it
     * with ?no_esc), and the tariff changes as table rows: the charts' text equivalent.
     */
    public record Charts(String timelineSvg, String tariffSvg, List<TariffRow> tariffRows) {
    }

    /**
     * One change of a side's headline rate, dated by the day it took effect ({@code announced*} is "" where
     * it was not announced earlier); {@code rate} is "145%" or says that no single rate is recorded;
     * {@code parts} the tariff measures in force that day, each with its rate ({@code note} says it in words
     * where there are none).
     */
    public record TariffRow(Views.When effective, Views.When announced, String side, String rate, boolean recorded,
                            String note, List<RatePart> parts, Link source) {
    }

    /** A tariff measure's share of a headline rate: its page and its rate ("84%"). */
    public record RatePart(Link measure, String rate) {
    }

    /** A round in the briefing book: its id (its anchor, and the key of its rendered briefing) and its view. */
    /**
     * Where things stood on a day, computed from the tariff data and the register of measures: each side's
     * additional tariff on the other's goods since when and on what source, the truce in force, the measures
     * suspended, and what the record cannot yet answer.
     */
    public record Standing(Views.When day, List<SideRate> rates, String truce, List<Views.MeasureItem> suspended,
                           List<String> openQuestions) {
    }

    /** One side's additional tariff on the other side's goods on that day. */
    public record SideRate(String side, String rate, Views.When since, Link source) {
    }

    public record BriefingRound(String id, RoundPage round) {
    }

    public record BriefingBook(String title, String description, Views.Coverage coverage, List<BriefingRound> rounds) {
    }

    /** The search page; {@code browse} lists the index pages, the way in without JavaScript. */
    public record SearchPage(String title, String description, List<Link> browse) {
    }
}
