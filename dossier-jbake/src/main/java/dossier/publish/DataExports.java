package dossier.publish;

import dossier.base.Json;

import dossier.content.Document;
import dossier.content.MeasureStep;
import dossier.model.Dossier;
import dossier.model.MeasureRegister;
import dossier.base.Dates;
import dossier.site.ListingPage;
import dossier.site.PageFactory;
import dossier.base.SitePaths;
import dossier.validation.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dossier.content.ContentType.ACTOR;
import static dossier.content.ContentType.QUOTE;
import static dossier.content.ContentType.ROUND;
import static dossier.content.ContentType.SOURCE;

/**
 * The dossier's data as JSON files for reuse: rounds.json, actors.json, quotes.json, sources.json and
 * timeline.json. Each is an object with {@code documentation} (the data page's address) and
 * {@code items}; every item has exactly the fields {@link #EXPORTS} documents, in that order, and
 * the data page prints the same documentation, so the two cannot drift apart.
 */
public final class DataExports {

    /** The page that documents the exports. */
    public static final String PAGE = ListingPage.DATA.path();

    /** One field of an exported item. */
    public record FieldDoc(String name, String type, String meaning) {
    }

    /** One file for download; {@code fields} is empty for files in a standard format (Atom, iCalendar). */
    public record ExportDoc(String file, String title, String description, List<FieldDoc> fields) {
    }

    /** The view of the data page. */
    public record DataPage(String title, String description, List<ExportDoc> exports, List<ExportDoc> subscriptions) {
    }

    private static final String DATE = "date, YYYY-MM-DD";
    private static final FieldDoc ID = new FieldDoc("id", "text", "The document's id: its file name in the"
            + " dossier, stable, and the name other items use to refer to it.");
    private static final FieldDoc URL = new FieldDoc("url", "URL", "The permalink of its page on this site.");
    private static final FieldDoc SOURCES = new FieldDoc("sources", "list of source ids",
            "The sources it rests on; each has a page at sources/<id>.html.");

    public static final List<ExportDoc> EXPORTS = List.of(
            new ExportDoc("rounds.json", "Rounds", "Every negotiating round and leaders' meeting, in date order.", List.of(
                    ID, URL,
                    new FieldDoc("title", "text", "The round's name."),
                    new FieldDoc("kind", "negotiation or leaders-meeting", "A negotiating round, or a meeting of the leaders."),
                    new FieldDoc("number", "whole number or null", "The round's number in the series of negotiating rounds."),
                    new FieldDoc("start_date", DATE, "The first day."),
                    new FieldDoc("end_date", DATE, "The last day; the same as start_date for a one-day round."),
                    new FieldDoc("city", "text", "Where it was held."),
                    new FieldDoc("country", "text", "The country of that city."),
                    new FieldDoc("delegations", "object: us and china, each a list of actor ids", "Who sat at the table for each side."),
                    new FieldDoc("topics", "list of topic ids", "The subjects discussed."),
                    new FieldDoc("outcome", "text", "One sentence: what was agreed or announced."),
                    SOURCES)),
            new ExportDoc("actors.json", "Actors", "Every person and institution in the talks, by name.", List.of(
                    ID, URL,
                    new FieldDoc("name", "text", "Full name."),
                    new FieldDoc("native_name", "text or null", "The name in its original script."),
                    new FieldDoc("native_language", "BCP 47 language tag or null", "The language of native_name"
                            + " (zh-Hans: Chinese in simplified characters)."),
                    new FieldDoc("short_name", "text or null", "The short form used in lists (MOFCOM)."),
                    new FieldDoc("role", "text", "The office held during the talks."),
                    new FieldDoc("side", "us, china or other", "The side the actor belongs to."),
                    new FieldDoc("kind", "person or institution", "A person, or an institution."),
                    new FieldDoc("rounds", "list of round ids", "The rounds the actor sat in, in date order."),
                    new FieldDoc("quotes", "list of quote ids", "The actor's quoted statements, in date order."),
                    SOURCES)),
            new ExportDoc("quotes.json", "Quotes", "Every quoted statement, verbatim, in date order.", List.of(
                    ID, URL,
                    new FieldDoc("speaker", "actor id", "Who said it."),
                    new FieldDoc("speaker_name", "text", "The speaker's full name."),
                    new FieldDoc("kind", "statement or fragment", "A full quotation, or a few quoted words inside"
                            + " reported speech."),
                    new FieldDoc("text", "text", "The words, verbatim, without surrounding quote marks."),
                    new FieldDoc("date", DATE, "When it was said, or, where the source does not say, when it was reported."),
                    new FieldDoc("date_basis", "said or reported", "Which of the two the date is."),
                    new FieldDoc("setting", "text", "Where and how it was said."),
                    new FieldDoc("source", "source id", "The source the words are taken from."),
                    new FieldDoc("source_url", "URL or null", "The address of that source's document, where a reader"
                            + " can read the words; null where it has none (sources.json says why)."),
                    new FieldDoc("round", "round id or null", "The round it was said at or about."),
                    new FieldDoc("topics", "list of topic ids", "The subjects it concerns."),
                    new FieldDoc("context", "text or null", "The reported speech around a fragment, in the dossier's words."),
                    new FieldDoc("variants", "list of texts", "Other renderings of the same statement in the sources, verbatim."),
                    new FieldDoc("citation", "text", "How to cite it: speaker, date, words, source and permalink."))),
            new ExportDoc("sources.json", "Sources", "Every document the dossier rests on, in date order, with the"
                    + " address where a reader can open it.", List.of(
                    ID, URL,
                    new FieldDoc("title", "text", "The document's title as published."),
                    new FieldDoc("publisher", "text", "Who published it."),
                    new FieldDoc("date", DATE + " or null", "The document's own date; null for facts of public"
                            + " record that name no document."),
                    new FieldDoc("kind", "text", "What it is: executive-order, announcement, statement, readout,"
                            + " fact-sheet, transcript, interview, notice, ruling, reporting (news reporting), report"
                            + " (the seed report) or public-record."),
                    new FieldDoc("document_url", "URL or null", "The address of the document as it was read."),
                    new FieldDoc("accessed", DATE + " or null", "The day the document was read at document_url."),
                    new FieldDoc("archive_url", "URL or null", "An archived copy that was read, where there is one."),
                    new FieldDoc("language", "BCP 47 language tag", "The language of the page at document_url."),
                    new FieldDoc("no_address_reason", "text or null", "Why there is no address, where there is none."))),
            new ExportDoc("measures.json", "Measures", "Every measure either government imposed in the talks (tariffs,"
                    + " export controls, port fees, rules on listed firms), and every commitment either side made at a"
                    + " round, with its history step by step.", List.of(
                    ID, URL,
                    new FieldDoc("title", "text", "The measure's name."),
                    new FieldDoc("side", "us or china", "The government that imposed it."),
                    new FieldDoc("kind", "text", "tariff, export-control, port-fee, entity-rule, investigation,"
                            + " commitment (a promise made at a round; its steps say whether it was kept) or other."),
                    new FieldDoc("concerns", "measure id or null", "For a commitment: the measure the promise is about."),
                    new FieldDoc("goods", "all, some or null", "For a tariff: whether it covers all of the other"
                            + " side's goods or some products; the tariff chart adds up the rates of the tariffs on all"
                            + " goods."),
                    new FieldDoc("legal_basis", "source id or null", "The order or announcement that created it."),
                    new FieldDoc("covers", "text", "What goods, firms or items it applies to."),
                    new FieldDoc("topics", "list of topic ids", "The subjects it concerns."),
                    new FieldDoc("standing", "status", "Its status on record_date: the status of its last step"
                            + " dated on or before that day (an announcement or a threat does not replace a step in"
                            + " force or suspended), or null before its first."),
                    new FieldDoc("record_date", DATE, "The date the dossier's record runs to."),
                    new FieldDoc("history", "list of steps", "Each step in date order: date (" + DATE + ", the day"
                            + " the status applies from), announced (" + DATE + " or null: the day it was made known,"
                            + " where earlier), status (announced, threatened, in-force, suspended, withdrawn,"
                            + " expired or struck-down; for a commitment pledged, carried-out, suspended, withdrawn"
                            + " or unclear), rate (text or null; for a"
                            + " suspension, the rate still charged), until (" + DATE + " or null: the day set"
                            + " for it to end), changed_by (round or event id, or null), source (source id) and"
                            + " evidence (the source's own words)."),
                    SOURCES)),
            new ExportDoc("timeline.json", "Timeline", "Every round, event and quote in the order they happened;"
                    + " on one day, rounds come first, then events, then quotes.", List.of(
                    new FieldDoc("date", DATE + ", or YYYY-MM", "The day it happened (the first day of a span), or"
                            + " its month where the record gives no day."),
                    new FieldDoc("end_date", DATE + ", or YYYY-MM", "The last day; the same as date for a single day"
                            + " or a month."),
                    new FieldDoc("type", "round, event or quote", "What kind of entry it is; rounds, actors and"
                            + " quotes have their own files with every field."),
                    ID,
                    new FieldDoc("title", "text", "The entry's title as the site shows it."),
                    URL)));

    public static final List<ExportDoc> SUBSCRIPTIONS = List.of(
            new ExportDoc(AtomFeed.FILE, "Atom feed", "Every round, event and quote, newest first, for a feed reader."
                    + " Each entry's id is its page's permalink.", List.of()),
            new ExportDoc(RoundsCalendar.FILE, "Calendar of rounds", "Every round and leaders' meeting as an all-day"
                    + " event (iCalendar), to subscribe to in a calendar program.", List.of()),
            new ExportDoc(Sitemap.FILE, "Sitemap", "The address of every page, for search engines.", List.of()));

    private final Dossier dossier;
    private final PageFactory pages;
    private final SiteAddress site;

    DataExports(Dossier dossier, PageFactory pages, SiteAddress site) {
        this.dossier = dossier;
        this.pages = pages;
        this.site = site;
    }

    public static DataPage page() {
        return new DataPage(ListingPage.DATA.title(), ListingPage.DATA.description(), EXPORTS, SUBSCRIPTIONS);
    }

    /** File name to JSON text, in the order of {@link #EXPORTS}. */
    Map<String, String> write() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("rounds.json", export(dossier.all(ROUND), this::round));
        files.put("actors.json", export(dossier.all(ACTOR), this::actor));
        files.put("quotes.json", export(dossier.all(QUOTE), this::quote));
        files.put("sources.json", export(dossier.all(SOURCE), this::source));
        files.put("measures.json", export(java.util.stream.Stream.concat(dossier.register().measures().stream(),
                dossier.register().commitments().stream()).toList(), this::measure));
        files.put("timeline.json", export(dossier.timeline().entries(), this::timelineEntry));
        return files;
    }

    private String export(List<Document> documents, Function<Document, Map<String, Object>> item) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("documentation", site.of(PAGE));
        file.put("items", documents.stream().map(item).toList());
        return Json.write(file);
    }

    private Map<String, Object> round(Document round) {
        Map<String, Object> item = start(round);
        item.put("title", round.text("title"));
        item.put("kind", round.text("kind"));
        item.put("number", round.number("number"));
        item.put("start_date", round.date("date").toString());
        item.put("end_date", Dates.isoOfEnd(round));
        item.put("city", round.text("city"));
        item.put("country", round.text("country"));
        item.put("delegations", new LinkedHashMap<String, Object>(round.sides("delegations")));
        item.put("topics", round.list("topics"));
        item.put("outcome", round.text("outcome"));
        item.put("sources", round.list("sources"));
        return item;
    }

    private Map<String, Object> actor(Document actor) {
        Map<String, Object> item = start(actor);
        item.put("name", actor.text("name"));
        item.put("native_name", orNull(actor, "native_name"));
        item.put("native_language", Schema.nativeLanguage(actor));
        item.put("short_name", orNull(actor, "short_name"));
        item.put("role", actor.text("role"));
        item.put("side", actor.text("side"));
        item.put("kind", actor.text("kind"));
        item.put("rounds", dossier.roundsAttendedBy(actor.id()).stream().map(Document::id).toList());
        item.put("quotes", dossier.referringTo(QUOTE, actor.id(), "speaker").stream().map(Document::id).toList());
        item.put("sources", actor.list("sources"));
        return item;
    }

    private Map<String, Object> quote(Document quote) {
        Map<String, Object> item = start(quote);
        item.put("speaker", quote.text("speaker"));
        item.put("speaker_name", dossier.get(quote.text("speaker")).text("name"));
        item.put("kind", quote.text("kind"));
        item.put("text", quote.text("text"));
        item.put("date", quote.date("date").toString());
        item.put("date_basis", quote.text("date_basis"));
        item.put("setting", quote.text("setting"));
        item.put("source", quote.text("source"));
        item.put("source_url", orNull(dossier.get(quote.text("source")), "url"));
        item.put("round", orNull(quote, "round"));
        item.put("topics", quote.list("topics"));
        item.put("context", orNull(quote, "context"));
        item.put("variants", quote.list("variants"));
        item.put("citation", Citation.of(quote, dossier, site).line());
        return item;
    }

    private Map<String, Object> source(Document source) {
        Map<String, Object> item = start(source);
        item.put("title", source.text("title"));
        item.put("publisher", source.text("publisher"));
        item.put("date", source.has("date") ? source.date("date").toString() : null);
        item.put("kind", source.text("kind"));
        item.put("document_url", orNull(source, "url"));
        item.put("accessed", source.has("accessed") ? source.date("accessed").toString() : null);
        item.put("archive_url", orNull(source, "archive_url"));
        item.put("language", source.has("language") ? source.text("language") : "en");
        item.put("no_address_reason", orNull(source, "no_url"));
        return item;
    }

    private Map<String, Object> timelineEntry(Document entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("date", Dates.isoOf(entry));
        item.put("end_date", Dates.isoOfEnd(entry));
        item.put("type", entry.type().jbakeType());
        item.put("id", entry.id());
        item.put("title", pages.label(entry));
        item.put("url", site.of(SitePaths.of(entry)));
        return item;
    }

    private Map<String, Object> measure(Document measure) {
        Map<String, Object> item = start(measure);
        item.put("title", measure.text("title"));
        item.put("side", measure.text("side"));
        item.put("kind", measure.text("kind"));
        item.put("concerns", orNull(measure, "concerns"));
        item.put("goods", orNull(measure, "goods"));
        item.put("legal_basis", orNull(measure, "legal_basis"));
        item.put("covers", measure.text("covers"));
        item.put("topics", measure.list("topics"));
        item.put("standing", MeasureRegister.standingOn(measure, dossier.coverage().recordRunsTo())
                .map(MeasureStep::status).orElse(null));
        item.put("record_date", dossier.coverage().recordRunsTo().toString());
        item.put("history", measure.steps("history").stream().map(step -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", step.date().toString());
            row.put("announced", step.announced() == null ? null : step.announced().toString());
            row.put("status", step.status());
            row.put("rate", step.rate().isEmpty() ? null : step.rate());
            row.put("until", step.until() == null ? null : step.until().toString());
            row.put("changed_by", step.changedBy().isEmpty() ? null : step.changedBy());
            row.put("source", step.source());
            row.put("evidence", step.evidence());
            return row;
        }).toList());
        item.put("sources", measure.list("sources"));
        return item;
    }

    private Map<String, Object> start(Document document) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", document.id());
        item.put("url", site.of(SitePaths.of(document)));
        return item;
    }

    private static String orNull(Document document, String field) {
        return document.has(field) ? document.text(field) : null;
    }
}
