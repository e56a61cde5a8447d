package dossier.site;

import dossier.base.Dates;
import dossier.base.SitePaths;
import dossier.content.ContentType;
import dossier.content.Account;
import dossier.content.Document;
import dossier.content.MeasureStep;
import dossier.model.Dossier;
import dossier.model.MeasureRegister;
import dossier.model.Timeline;
import dossier.search.SearchIndex;
import dossier.site.ReaderViews.BriefingBook;
import dossier.site.ReaderViews.BriefingRound;
import dossier.site.ReaderViews.SearchPage;
import dossier.site.Views.AccountView;
import dossier.site.Views.ActorPage;
import dossier.site.Views.ActorsIndex;
import dossier.site.Views.CommitmentsIndex;
import dossier.site.Views.CorrectionNote;
import dossier.site.Views.CorrectionPage;
import dossier.site.Views.CorrectionsIndex;
import dossier.site.Views.Coverage;
import dossier.site.Views.DocumentAddress;
import dossier.site.Views.NativeName;
import dossier.site.Views.Delegation;
import dossier.site.Views.EventPage;
import dossier.site.Views.Group;
import dossier.site.Views.HomePage;
import dossier.site.Views.Link;
import dossier.site.Views.Month;
import dossier.site.Views.QuoteItem;
import dossier.site.Views.QuotePage;
import dossier.site.Views.QuotesIndex;
import dossier.site.Views.ReadoutPage;
import dossier.site.Views.ReadoutsIndex;
import dossier.site.Views.RoundPage;
import dossier.site.Views.RoundRow;
import dossier.site.Views.RoundsIndex;
import dossier.site.Views.SourcePage;
import dossier.site.Views.SourceRow;
import dossier.site.Views.SourcesIndex;
import dossier.site.Views.TimelineItem;
import dossier.site.Views.TimelinePage;
import dossier.site.Views.TopicPage;
import dossier.site.Views.TopicsIndex;
import dossier.site.Views.When;
import dossier.site.Views.MeasureChange;
import dossier.site.Views.MeasureItem;
import dossier.site.Views.MeasurePage;
import dossier.site.Views.MeasuresIndex;
import dossier.site.Views.StepRow;
import dossier.validation.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dossier.content.ContentType.ACTOR;
import static dossier.content.ContentType.CORRECTION;
import static dossier.content.ContentType.EVENT;
import static dossier.content.ContentType.QUOTE;
import static dossier.content.ContentType.ROUND;
import static dossier.content.ContentType.SOURCE;
import static dossier.content.ContentType.TOPIC;

/** Turns the dossier into the views the templates display: one method per kind of page. */
public final class PageFactory {

    private static final int LATEST_ON_HOME = 8;
    private static final Map<String, String> SIDE_LABELS = Map.of(
            "us", "United States", "china", "China", "other", "Others");

    /** The languages a source's page may be in other than English, as readers name them. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of(
            "zh-Hans", "Chinese", "zh-Hant", "Chinese (traditional characters)", "ja", "Japanese", "ko", "Korean");

    private final Dossier dossier;

    public PageFactory(Dossier dossier) {
        this.dossier = dossier;
    }

    /** The view for a document's own page. */
    public Object pageFor(Document document) {
        return switch (document.type()) {
            case ROUND -> round(document);
            case ACTOR -> actor(document);
            case TOPIC -> topic(document);
            case EVENT -> event(document);
            case QUOTE -> quote(document);
            case SOURCE -> source(document);
            case CORRECTION -> correction(document);
            case MEASURE -> measure(document);
            case READOUT -> readout(document);
        };
    }

    /** The view for a listing page. */
    public Object pageFor(ListingPage listing) {
        return switch (listing) {
            case HOME -> home();
            case ROUNDS -> new RoundsIndex(listing.title(), listing.description(), roundRows());
            case ACTORS -> actorsIndex();
            case TOPICS -> new TopicsIndex(listing.title(), listing.description(),
                    dossier.all(TOPIC).stream().map(t -> link(t, t.text("summary"))).toList());
            case QUOTES -> quotesIndex();
            case TIMELINE -> new TimelinePage(listing.title(), listing.description(),
                    months(dossier.timeline()));
            case SOURCES -> sourcesIndex();
            case MEASURES -> measuresIndex(listing);
            case COMMITMENTS -> commitmentsIndex(listing);
            case READOUTS -> new ReadoutsIndex(listing.title(), listing.description(), readoutsInOrder().stream()
                    .map(r -> link(r, Dates.of(dossier.get(r.text("about"))))).toList());
            case CORRECTIONS -> new CorrectionsIndex(listing.title(), listing.description(),
                    dossier.all(CORRECTION).stream().map(this::correctionNote).toList());
            // The data page documents the files dossier.publish writes: Publication#pageFor gives its view.
            case DATA -> throw new IllegalArgumentException("the data page's view is dossier.publish's: Publication#pageFor");
            case BRIEFING_BOOK -> new BriefingBook(listing.title(), listing.description(), coverage(),
                    dossier.all(ROUND).stream().map(r -> new BriefingRound(r.id(), round(r))).toList());
            case SEARCH -> new SearchPage(listing.title(), listing.description(), browseLinks());
        };
    }

    /** Every page but the search page itself, as the search index lists it. */
    public SearchIndex searchIndex() {
        SearchIndex index = new SearchIndex();
        for (ListingPage listing : ListingPage.values()) {
            if (listing != ListingPage.SEARCH) {
                index.add(listing.path(), "Index", listing.title(), listing.description(), "");
            }
        }
        List<Document> documents = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            documents.addAll(dossier.all(type));
        }
        // Reducing every body to plain text is the costly part; the list keeps the order of the documents.
        index.addAll(documents.parallelStream().map(document -> SearchIndex.entry(SitePaths.of(document),
                typeLabel(document.type()), label(document), fieldText(document), document.body())).toList());
        return index;
    }

    /** The listing pages a reader can browse instead of searching. */
    private List<Link> browseLinks() {
        List<Link> links = new ArrayList<>();
        for (ListingPage listing : ListingPage.values()) {
            if (listing != ListingPage.SEARCH && listing != ListingPage.HOME) {
                links.add(new Link(listing.title(), listing.path(), listing.description()));
            }
        }
        return links;
    }

    /**
     * The words of a document's front matter (a quote's text, an outcome, a role), for search; the title
     * is indexed on its own, and ids and choices (lower-case words such as "bessent", "published") are left out.
     */
    private static String fieldText(Document document) {
        return document.values().entrySet().stream()
                .filter(e -> e.getValue() instanceof String value && !value.matches("[a-z0-9-]+")
                        && !e.getKey().equals("title") && !e.getKey().equals("name"))
                .map(e -> (String) e.getValue()).collect(java.util.stream.Collectors.joining(" "));
    }

    // ---- document pages ----

    private RoundPage round(Document round) {
        List<Delegation> delegations = new ArrayList<>();
        round.sides("delegations").forEach((side, ids) -> delegations.add(new Delegation(side, SIDE_LABELS.get(side),
                ids.stream().map(dossier::get).map(this::roleLink).toList(),
                "negotiation".equals(round.text("kind"))
                        ? dossier.delegationMembers(side).stream().map(this::roleLink).toList()
                        : List.of())));
        List<Document> about = dossier.referringTo(round.id(), "round");
        return new RoundPage(round.text("title"), round.text("outcome"), roundKind(round),
                round.has("number") ? "Round " + round.number("number") : "",
                when(round), place(round), round.text("outcome"), delegations,
                links(round.list("topics")),
                about.stream().filter(d -> d.type() == QUOTE).map(this::quoteItem).toList(),
                about.stream().filter(d -> d.type() == EVENT).map(this::timelineItem).toList(),
                dossier.neighbourRound(round, -1).map(this::link).orElse(null),
                dossier.neighbourRound(round, 1).map(this::link).orElse(null),
                sourceLinks(round), corrections(round), measureChanges(round), readoutsOf(round),
                commitmentsMadeAt(round));
    }

    private ActorPage actor(Document actor) {
        String title = actor.text("name");
        return new ActorPage(title, title + ", " + actor.text("role") + ": rounds attended, statements and timeline.",
                nativeName(actor), actor.text("role"), SIDE_LABELS.get(actor.text("side")),
                actor.text("kind"),
                dossier.roundsAttendedBy(actor.id()).stream().map(r -> link(r, Dates.of(r))).toList(),
                actor.has("delegation") ? "The record lists " + title + " in " + SIDE_LABELS.get(actor.text("side"))
                        + "'s delegation to the talks; the sources do not say which rounds." : "",
                dossier.referringTo(QUOTE, actor.id(), "speaker").stream().map(this::quoteItem).toList(),
                months(dossier.timelineOf(actor.id())), sourceLinks(actor), corrections(actor));
    }

    private TopicPage topic(Document topic) {
        return new TopicPage(topic.text("title"), topic.text("summary"), topic.text("summary"),
                dossier.referringTo(ROUND, topic.id(), "topics").stream().map(r -> link(r, Dates.of(r))).toList(),
                dossier.referringTo(QUOTE, topic.id(), "topics").stream().map(this::quoteItem).toList(),
                months(dossier.timelineOf(topic.id())), sourceLinks(topic), corrections(topic),
                dossier.referringTo(ContentType.MEASURE, topic.id(), "topics").stream()
                        .map(m -> new MeasureItem(link(m, kindLabel(m)), standing(m))).toList());
    }

    private EventPage event(Document event) {
        return new EventPage(event.text("title"), event.text("title") + " (" + Dates.of(event) + ").",
                when(event), links(event.list("actors")),
                links(event.list("topics")), optionalLink(event.text("round")), sourceLinks(event),
                corrections(event), measureChanges(event), readoutsOf(event),
                commitmentsMadeAt(event));
    }

    private QuotePage quote(Document quote) {
        Document speaker = dossier.get(quote.text("speaker"));
        String basis = "reported".equals(quote.text("date_basis"))
                ? "Date of the report; the source does not give the day it was said." : "";
        return new QuotePage(quoteTitle(quote, speaker), speaker.text("name") + ", " + Dates.day(quote.date("date")),
                speaker.text("name") + ", " + Dates.day(quote.date("date"))
                + ": " + quote.text("setting"), quote.text("text"), isFragment(quote), quote.text("context"),
                roleLink(speaker), When.day(quote.date("date")), basis, quote.text("setting"), sourceLink(dossier.get(quote.text("source"))),
                optionalLink(quote.text("round")), links(quote.list("topics")), quote.list("variants"),
                sourceLinks(quote), corrections(quote));
    }

    private SourcePage source(Document source) {
        String title = source.text("title");
        LocalDate date = source.date("date");
        return new SourcePage(title, Dates.publisherAndDay(source.text("publisher"), date) + ".",
                source.text("publisher"), When.day(date), sourceKind(source), documentAddress(source), source.text("archive_url"), noAddressReason(source),
                citedBy(source),
                dossier.referringTo(CORRECTION, source.id(), "source").stream().map(this::correctionNote).toList());
    }

    private CorrectionPage correction(Document correction) {
        return new CorrectionPage(correction.text("title"), "Correction: " + correction.text("title"),
                correction.text("said"), correction.text("correct"),
                sourceLink(dossier.get(correction.text("source"))), links(correction.list("affects")),
                sourceLinks(correction), When.day(correction.date("date")));
    }

    // ---- measures ----

    private static final Map<String, String> STATUS_LABELS = Map.of("announced", "Announced", "threatened",
            "Threatened", "in-force", "In force", "suspended", "Suspended", "withdrawn", "Withdrawn", "expired", "Expired",
            "struck-down", "Struck down", "pledged", "Pledged", "carried-out", "Carried out", "unclear", "Unclear");
    /** The register's groups, in the order an analyst asks about them. */
    private static final List<String> STANDING_ORDER = List.of("in-force", "suspended", "announced", "threatened",
            "withdrawn", "expired", "struck-down");
    private static final Map<String, String> KIND_LABELS = Map.of("tariff", "Tariff", "export-control",
            "Export control", "port-fee", "Port fee", "entity-rule", "Rule on listed firms", "investigation",
            "Investigation", "commitment", "Commitment", "other", "Measure");
    private static final Map<String, String> IMPOSED_BY = Map.of("us", "Imposed by the United States",
            "china", "Imposed by China");
    private static final Map<String, String> PROMISED_BY = Map.of("us", "Promised by the United States",
            "china", "Promised by China");

    /** What kind of measure it is, in words: "Export control", "Port fee". */
    static String kindLabel(Document measure) {
        return KIND_LABELS.get(measure.text("kind"));
    }

    /**
     * A step in words: "Suspended until 10 November 2026", "In force at 125%", and for a suspension that leaves a
     * rate charged, "Suspended above 10% until 10 November 2026".
     */
    static String stepLabel(MeasureStep step) {
        String at = step.status().equals("suspended") ? " above " : " at ";
        return STATUS_LABELS.get(step.status()) + (step.rate().isEmpty() ? "" : at + step.rate())
                + (step.until() == null ? "" : " until " + Dates.day(step.until()));
    }

    private ReadoutPage readout(Document readout) {
        Document about = dossier.get(readout.text("about"));
        return new ReadoutPage(readout.text("title"), "The two governments' accounts of " + about.text("title")
                + " (" + Dates.of(about) + "), side by side, with their sources.", link(about), when(about),
                accounts(readout, "us"), accounts(readout, "china"), readout.list("only_us"), readout.list("only_china"),
                links(readout.list("topics")), readout.accounts("accounts").stream().map(Account::source).distinct()
                        .map(dossier::get).map(PageFactory::sourceLink).toList(), corrections(readout));
    }

    private List<AccountView> accounts(Document readout, String side) {
        return readout.accounts("accounts").stream().filter(a -> a.side().equals(side)).map(a -> {
            Document source = dossier.get(a.source());
            return new AccountView(a.by(), a.excerpt(), source.has("language") ? source.text("language") : "",
                    sourceLink(source));
        }).toList();
    }

    /** The readout comparisons in the order of the rounds and events they are about. */
    private List<Document> readoutsInOrder() {
        return dossier.all(ContentType.READOUT).stream()
                .sorted(java.util.Comparator.comparing((Document r) -> dossier.get(r.text("about")).date("date"))
                        .thenComparing(Document::id)).toList();
    }

    /** The comparisons of the two governments' accounts of a round or event. */
    private List<Link> readoutsOf(Document roundOrEvent) {
        return dossier.referringTo(ContentType.READOUT, roundOrEvent.id(), "about").stream().map(this::link).toList();
    }

    /**
     * Where a measure stood on the date the record runs to; for a commitment, with the day of that step
     * ("Carried out (10 November 2025)"), since whether and when it was kept is the question.
     */
    private String standing(Document measure) {
        LocalDate recordDate = dossier.coverage().recordRunsTo();
        return MeasureRegister.standingOn(measure, recordDate)
                .map(step -> stepLabel(step) + (MeasureRegister.isCommitment(measure)
                        ? " (" + Dates.day(step.date()) + ")" : ""))
                .orElse("Not yet in effect on " + Dates.day(recordDate));
    }

    private List<MeasureItem> commitmentsMadeAt(Document roundOrEvent) {
        return dossier.register().pledgedAt(roundOrEvent.id()).stream()
                .map(c -> new MeasureItem(link(c, SIDE_LABELS.get(c.text("side"))), standing(c))).toList();
    }

    /** Each round's (or event's) commitments, in the order of the rounds, each side's in the register's order. */
    private CommitmentsIndex commitmentsIndex(ListingPage listing) {
        List<Document> places = dossier.register().commitments().stream().map(MeasureRegister::madeAt).distinct()
                .filter(id -> !id.isEmpty()).map(dossier::get)
                .sorted(java.util.Comparator.comparing((Document d) -> d.date("date")).thenComparing(Document::id))
                .toList();
        List<Group<MeasureItem>> rounds = places.stream().map(place -> new Group<>(place.id(),
                place.text("title") + ", " + Dates.of(place), commitmentsMadeAt(place))).toList();
        return new CommitmentsIndex(listing.title(), listing.description(),
                When.day(dossier.coverage().recordRunsTo()), rounds);
    }

    private MeasurePage measure(Document measure) {
        String standing = standing(measure);
        When recordDate = When.day(dossier.coverage().recordRunsTo());
        return new MeasurePage(measure.text("title"), measure.text("title") + ": " + standing.toLowerCase(Locale.ROOT)
                + " on " + recordDate.label() + ", the date the dossier's record runs to.",
                (MeasureRegister.isCommitment(measure) ? PROMISED_BY : IMPOSED_BY).get(measure.text("side")),
                KIND_LABELS.get(measure.text("kind")), measure.text("covers"),
                standing, recordDate, measure.has("legal_basis") ? sourceLink(dossier.get(measure.text("legal_basis"))) : null,
                measure.has("concerns") ? link(dossier.get(measure.text("concerns"))) : null,
                measure.steps("history").stream().map(step -> new StepRow(When.day(step.date()), stepLabel(step),
                        step.changedBy().isEmpty() ? null : link(dossier.get(step.changedBy())),
                        sourceLink(dossier.get(step.source())), step.evidence())).toList(),
                links(measure.list("topics")), measureSources(measure), corrections(measure));
    }

    /** The sources a measure rests on: its legal basis, each step's source, then any others, each once. */
    private List<Link> measureSources(Document measure) {
        List<String> ids = new ArrayList<>();
        if (measure.has("legal_basis")) {
            ids.add(measure.text("legal_basis"));
        }
        measure.steps("history").forEach(step -> ids.add(step.source()));
        ids.addAll(measure.list("sources"));
        return ids.stream().distinct().map(dossier::get).map(PageFactory::sourceLink).toList();
    }

    private List<MeasureChange> measureChanges(Document roundOrEvent) {
        return dossier.register().changedBy(roundOrEvent.id()).stream().map(change -> new MeasureChange(
                link(change.measure()), (change.before() == null ? "" : stepLabel(change.before()) + " → ")
                        + stepLabel(change.step()))).toList();
    }

    private MeasuresIndex measuresIndex(ListingPage listing) {
        LocalDate recordDate = dossier.coverage().recordRunsTo();
        List<Group<Group<MeasureItem>>> sides = new ArrayList<>();
        for (String side : List.of("us", "china")) {
            List<Group<MeasureItem>> byStanding = new ArrayList<>();
            for (String status : STANDING_ORDER) {
                List<MeasureItem> items = dossier.register().measures().stream()
                        .filter(m -> m.text("side").equals(side))
                        .filter(m -> MeasureRegister.standingOn(m, recordDate).map(s -> s.status().equals(status))
                                .orElse(false))
                        .map(m -> new MeasureItem(link(m, KIND_LABELS.get(m.text("kind"))), standing(m))).toList();
                if (!items.isEmpty()) {
                    byStanding.add(new Group<>(side + "-" + status, STATUS_LABELS.get(status), items));
                }
            }
            sides.add(new Group<>(side, IMPOSED_BY.get(side), byStanding));
        }
        return new MeasuresIndex(listing.title(), listing.description(), When.day(recordDate), sides);
    }

    // ---- listing pages ----

    private HomePage home() {
        Timeline timeline = dossier.timeline();
        return new HomePage(ListingPage.HOME.title(), ListingPage.HOME.description(), coverage(),
                timeline.latest(LATEST_ON_HOME).stream().map(this::timelineItem).toList(), roundRows(),
                dossier.all(QUOTE).size(), dossier.all(ACTOR).size(), dossier.all(SOURCE).size());
    }

    private List<RoundRow> roundRows() {
        return dossier.all(ROUND).stream().map(r -> new RoundRow(link(r, roundKind(r)), when(r), place(r),
                r.text("outcome"))).toList();
    }

    private ActorsIndex actorsIndex() {
        Map<String, List<Link>> bySide = new LinkedHashMap<>();
        SIDE_LABELS.keySet().stream().sorted(this::sideOrder).forEach(side -> bySide.put(side, new ArrayList<>()));
        for (Document actor : dossier.all(ACTOR)) {
            bySide.get(actor.text("side")).add(roleLink(actor));
        }
        List<Group<Link>> sides = new ArrayList<>();
        bySide.forEach((side, links) -> {
            if (!links.isEmpty()) {
                sides.add(new Group<>(side, SIDE_LABELS.get(side), links));
            }
        });
        return new ActorsIndex(ListingPage.ACTORS.title(), ListingPage.ACTORS.description(), sides);
    }

    private int sideOrder(String a, String b) {
        List<String> order = List.of("us", "china", "other");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    /**
     * Every quote once, by date; the speakers each with their number of quotes, linked to the quotes on their own
     * page, so that no quote is listed twice.
     */
    private QuotesIndex quotesIndex() {
        List<Link> bySpeaker = new ArrayList<>();
        for (Document actor : dossier.all(ACTOR)) {
            int quotes = dossier.referringTo(QUOTE, actor.id(), "speaker").size();
            if (quotes > 0) {
                bySpeaker.add(new Link(actor.text("name"), SitePaths.of(actor) + "#quotes",
                        quotes == 1 ? "1 quote" : quotes + " quotes"));
            }
        }
        return new QuotesIndex(ListingPage.QUOTES.title(), ListingPage.QUOTES.description(),
                bySpeaker, dossier.all(QUOTE).stream().map(this::quoteItem).toList());
    }

    private SourcesIndex sourcesIndex() {
        return new SourcesIndex(ListingPage.SOURCES.title(), ListingPage.SOURCES.description(),
                dossier.all(SOURCE).stream().map(s -> new SourceRow(link(s), s.text("publisher"),
                        Dates.dayIfAny(s.date("date")), sourceKind(s), citedBy(s))).toList());
    }

    // ---- pieces ----

    private Link link(Document document) {
        return link(document, "");
    }

    private Link link(Document document, String note) {
        return new Link(label(document), SitePaths.of(document), note, nativeName(document),
                documentAddress(document));
    }

    /** An actor's name in its owner's script, or null; Chinese (zh-Hans) unless native_language says otherwise. */
    private static NativeName nativeName(Document document) {
        if (document.type() != ACTOR || !document.has("native_name")) {
            return null;
        }
        return new NativeName(document.text("native_name"), Schema.nativeLanguage(document));
    }

    /** Where a source's document can be opened, or null where it has no address. */
    static DocumentAddress documentAddress(Document document) {
        if (document.type() != SOURCE || !document.has("url")) {
            return null;
        }
        String url = document.text("url");
        String language = document.text("language");
        LocalDate accessed = document.date("accessed");
        return new DocumentAddress(url, host(url), "en".equals(language) ? "" : language,
                LANGUAGE_NAMES.getOrDefault(language, ""), When.day(accessed));
    }

    /** Why a source has no address: its own words, or, for a public record, that it names no document. */
    private static String noAddressReason(Document source) {
        if (source.has("no_url") || source.has("url")) {
            return source.text("no_url");
        }
        return "These are facts of public record for which no document is named, so there is nothing to open.";
    }

    /** "whitehouse.gov" for https://www.whitehouse.gov/...: where a link leads, as readers recognise it. */
    static String host(String url) {
        String host = java.net.URI.create(url).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private Coverage coverage() {
        dossier.model.Coverage coverage = dossier.coverage();
        return new Coverage(When.day(coverage.from()), When.day(coverage.to()), When.day(coverage.recordRunsTo()),
                When.day(coverage.lastRead()));
    }

    /** When a dated document happened: "10–11 May 2025" (or "May 2025" for a month), with its start in ISO form. */
    private static When when(Document document) {
        return new When(Dates.isoOf(document), Dates.of(document));
    }

    /** A link to an actor with their office beside it. */
    private Link roleLink(Document actor) {
        return link(actor, actor.text("role"));
    }

    private List<Link> links(List<String> ids) {
        return ids.stream().map(dossier::get).map(this::link).toList();
    }

    private Link optionalLink(String id) {
        return id.isEmpty() ? null : link(dossier.get(id));
    }

    /** A link to a source's page, named by its title, with publisher and date beside it and its document's address. */
    static Link sourceLink(Document source) {
        return new Link(source.text("title"), SitePaths.of(source),
                Dates.publisherAndDay(source.text("publisher"), source.date("date")), null, documentAddress(source));
    }

    private List<Link> sourceLinks(Document document) {
        List<String> ids = new ArrayList<>();
        if (document.type() == QUOTE) {
            ids.add(document.text("source"));
        }
        document.list("sources").stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids.stream().map(dossier::get).map(PageFactory::sourceLink).toList();
    }

    private List<Link> citedBy(Document source) {
        return dossier.citing(source.id()).stream().map(d -> link(d, typeLabel(d.type()))).toList();
    }

    private List<CorrectionNote> corrections(Document document) {
        return dossier.correctionsAffecting(document.id()).stream().map(this::correctionNote).toList();
    }

    private CorrectionNote correctionNote(Document correction) {
        return new CorrectionNote(correction.text("title"), correction.text("said"), correction.text("correct"),
                sourceLink(dossier.get(correction.text("source"))), SitePaths.of(correction),
                When.day(correction.date("date")));
    }

    private QuoteItem quoteItem(Document quote) {
        Document speaker = dossier.get(quote.text("speaker"));
        When said = When.day(quote.date("date"));
        return new QuoteItem(quote.text("text"), isFragment(quote), quote.text("context"), link(speaker),
                // Dated by the report that carries it, not by when it was said: say so wherever it is listed.
                new When(said.iso(), said.label() + ("reported".equals(quote.text("date_basis")) ? " (date of the report)" : "")),
                SitePaths.of(quote));
    }

    private TimelineItem timelineItem(Document document) {
        String note = switch (document.type()) {
            case ROUND -> place(document) + ". " + document.text("outcome");
            default -> "";
        };
        return new TimelineItem(when(document), typeLabel(document.type()),
                label(document), SitePaths.of(document), note);
    }

    private List<Month> months(Timeline timeline) {
        List<Month> months = new ArrayList<>();
        timeline.byMonth().forEach((month, documents) -> months.add(new Month(month.toString(), Dates.month(month),
                documents.stream().map(this::timelineItem).toList())));
        return months;
    }

    /** How a document is named in links (and in the feed and exports): its title, an actor's name, a quote's words. */
    public String label(Document document) {
        return switch (document.type()) {
            case ACTOR -> document.text("name");
            case QUOTE -> quoteTitle(document, dossier.get(document.text("speaker")));
            default -> document.text("title");
        };
    }

    /** "Scott Bessent: “Everything on the table”"; institutions go by their short name (MOFCOM). */
    private static String quoteTitle(Document quote, Document speaker) {
        String name = speaker.has("short_name") ? speaker.text("short_name") : speaker.text("name");
        return name + ": “" + shorten(quote.text("text"), 70) + "”";
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max).replaceAll("[\\s,;:.–-]+$", "") + "…";
    }

    private static boolean isFragment(Document quote) {
        return "fragment".equals(quote.text("kind"));
    }

    /** A source's kind as readers see it: "executive-order" is shown as "Executive order". */
    static String sourceKind(Document source) {
        String words = source.text("kind").replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String place(Document round) {
        return round.text("city") + ", " + round.text("country");
    }

    private static String roundKind(Document round) {
        return "leaders-meeting".equals(round.text("kind")) ? "Leaders' meeting" : "Negotiating round";
    }

    private static String typeLabel(ContentType type) {
        return switch (type) {
            case ROUND -> "Round";
            case ACTOR -> "Actor";
            case TOPIC -> "Topic";
            case EVENT -> "Event";
            case QUOTE -> "Quote";
            case SOURCE -> "Source";
            case CORRECTION -> "Correction";
            case MEASURE -> "Measure";
            case READOUT -> "Readouts compared";
        };
    }
}
