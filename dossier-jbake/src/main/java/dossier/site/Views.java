package dossier.site;

import java.util.List;

/**
 * What templates display. Every value is ready to print: dates are labelled, links are paths from
 * the site's root, absent optional values are empty strings or lists (links may be null). Dates come
 * as {@link When}: the label readers see and the ISO form, together.
 * Templates call the accessors, e.g. {@code ${page.title()}}.
 */
public final class Views {

    private Views() {
    }

    /**
     * A link to a page of the site; {@code note} is a short line shown beside it (a role, a date).
     * A link to an actor may carry the name in its owner's script; a link to a source page carries the
     * address of the document itself, so lists of sources let readers open it directly.
     */
    public record Link(String label, String url, String note, NativeName nativeName, DocumentAddress document) {

        public Link(String label, String url, String note) {
            this(label, url, note, null, null);
        }
    }

    /** A name as its owner writes it, with its language (BCP 47, e.g. zh-Hans) for {@code lang}. */
    public record NativeName(String text, String language) {
    }

    /**
     * Where a reader opens a source's document: its address, the host shown beside it, the language of
     * the page there ("" for English) and its name ("Chinese"), and the day it was read.
     */
    public record DocumentAddress(String url, String host, String language, String languageName, When accessed) {
    }

    /**
     * What period the dossier covers and how current it is, computed from the content: the first and
     * last day of its rounds and events, the date of the latest document it cites, and the last day a
     * cited page was read.
     */
    public record Coverage(When from, When to, When record, When checked) {
    }

    /**
     * A day or span as readers see it ("10–11 May 2025") and in ISO form for {@code <time datetime>}
     * ("2025-05-10", "2025-05" for a month); both "" where there is no date.
     */
    public record When(String iso, String label) {

        static final When NONE = new When("", "");

        /** A day: "2025-05-10", "10 May 2025"; {@link #NONE} for no date. */
        static When day(java.time.LocalDate date) {
            return date == null ? NONE : new When(date.toString(), dossier.base.Dates.day(date));
        }
    }

    /** One dated entry of a timeline. */
    public record TimelineItem(When when, String kind, String title, String url, String note) {
    }

    /** Timeline entries of one month; {@code id} is the anchor (2025-05). */
    public record Month(String id, String label, List<TimelineItem> items) {
    }

    /** A quote as listed on other pages. */
    public record QuoteItem(String text, boolean fragment, String context, Link speaker, When when, String url) {
    }

    /** Things listed under a heading; {@code id} is the heading's anchor. */
    public record Group<T>(String id, String label, List<T> items) {
    }

    /**
     * One side's delegation at a round: the people the round's sources name, and the people the record
     * lists in that side's delegation to the talks without saying which rounds they attended.
     */
    public record Delegation(String id, String label, List<Link> named, List<Link> roundsNotRecorded) {
    }

    /** The visible note a corrected page carries; {@code madeLabel} is the day the correction was made. */
    public record CorrectionNote(String title, String said, String correct, Link source, String url, When made) {
    }

    /** A round as listed on the home page and the rounds index. */
    public record RoundRow(Link round, When when, String place, String outcome) {
    }

    /** A source as listed on the sources index, with the pages that cite it. */
    public record SourceRow(Link source, String publisher, String dateLabel, String kind, List<Link> citedBy) {
    }

    public record RoundPage(String title, String description, String kind, String number, When when,
                            String place, String outcome, List<Delegation> delegations,
                            List<Link> topics, List<QuoteItem> quotes, List<TimelineItem> events, Link previous,
                            Link next, List<Link> sources, List<CorrectionNote> corrections,
                            List<MeasureChange> measures, List<Link> readouts, List<MeasureItem> commitments) {
    }

    public record ActorPage(String title, String description, NativeName nativeName, String role, String side,
                            String kind, List<Link> rounds, String roundsNotRecorded, List<QuoteItem> quotes, List<Month> timeline,
                            List<Link> sources, List<CorrectionNote> corrections) {
    }

    public record TopicPage(String title, String description, String summary, List<Link> rounds,
                            List<QuoteItem> quotes, List<Month> timeline, List<Link> sources,
                            List<CorrectionNote> corrections, List<MeasureItem> measures) {
    }

    /**
     * A quote's page. {@code title} ("Scott Bessent: “Everything on the table”") names the page in lists and
     * the browser's tab; {@code heading} ("Scott Bessent, 11 May 2025") heads the page, so that the words are
     * shown once, in the quotation itself.
     */
    public record QuotePage(String title, String heading, String description, String text, boolean fragment, String context,
                            Link speaker, When when, String dateBasis, String setting,
                            Link source, Link round, List<Link> topics, List<String> variants, List<Link> sources,
                            List<CorrectionNote> corrections) {
    }

    public record EventPage(String title, String description, When when, List<Link> actors,
                            List<Link> topics, Link round, List<Link> sources, List<CorrectionNote> corrections,
                            List<MeasureChange> measures, List<Link> readouts, List<MeasureItem> commitments) {
    }

    /** One step of a measure's history: its day, status in words, the round or event behind it, its source's words. */
    public record StepRow(When when, String status, Link changedBy, Link source, String evidence) {
    }

    /** A measure as lists show it; {@code standing} is where it stood on the date the record runs to. */
    public record MeasureItem(Link measure, String standing) {
    }

    /** What a round or event changed in a measure: "In force → Suspended until 10 November 2026". */
    public record MeasureChange(Link measure, String change) {
    }

    /** A measure's page: what it covers, where it stood on the record's date, and every step with its source. */
    public record MeasurePage(String title, String description, String side, String kind, String covers,
                              String standing, When recordDate, Link legalBasis, Link concerns, List<StepRow> history,
                              List<Link> topics, List<Link> sources, List<CorrectionNote> corrections) {
    }

    /** "Commitments: was each kept?": each round's commitments, with where each stood on the record's date. */
    public record CommitmentsIndex(String title, String description, When recordDate,
                                   List<Group<MeasureItem>> rounds) {
    }

    /**
     * A readout comparison's page: the round or event it is about, each side's accounts (verbatim excerpts with
     * who gave them and their sources), and what each side's accounts shown mention that the other's do not.
     */
    public record ReadoutPage(String title, String description, Link about, When when, List<AccountView> us,
                              List<AccountView> china, List<String> onlyUs, List<String> onlyChina, List<Link> topics,
                              List<Link> sources, List<CorrectionNote> corrections) {
    }

    /** One excerpt of an account: who gave it, the words, their language ("" for English) and their source. */
    public record AccountView(String by, String excerpt, String language, Link source) {
    }

    /** "Readouts compared": every comparison, in the order of what it is about. */
    public record ReadoutsIndex(String title, String description, List<Link> readouts) {
    }

    /** The register: each side's measures, grouped by where they stood on the date the record runs to. */
    public record MeasuresIndex(String title, String description, When recordDate,
                                List<Group<Group<MeasureItem>>> sides) {
    }

    /**
     * A source's page. {@code document} is where to open it (null where there is no address, and
     * {@code noAddress} says why); {@code archive} an archived copy that was read, or "".
     */
    public record SourcePage(String title, String description, String publisher, When when, String kind,
                             DocumentAddress document, String archive,
                             String noAddress, List<Link> citedBy, List<CorrectionNote> errorsFound) {
    }

    /** A correction's page; its date is the day the correction was made. */
    public record CorrectionPage(String title, String description, String said, String correct, Link source,
                                 List<Link> affects, List<Link> records, When made) {
    }

    public record HomePage(String title, String description, Coverage coverage, List<TimelineItem> latest,
                           List<RoundRow> rounds, int quoteCount, int actorCount, int sourceCount) {
    }

    public record RoundsIndex(String title, String description, List<RoundRow> rounds) {
    }

    public record ActorsIndex(String title, String description, List<Group<Link>> sides) {
    }

    public record TopicsIndex(String title, String description, List<Link> topics) {
    }

    public record QuotesIndex(String title, String description, List<Link> bySpeaker,
                              List<QuoteItem> byDate) {
    }

    public record TimelinePage(String title, String description, List<Month> months) {
    }

    public record SourcesIndex(String title, String description, List<SourceRow> sources) {
    }

    public record CorrectionsIndex(String title, String description, List<CorrectionNote> corrections) {
    }
}
