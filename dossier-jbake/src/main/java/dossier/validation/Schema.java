package dossier.validation;

import dossier.content.ContentType;
import dossier.content.Document;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dossier.content.ContentType.ACTOR;
import static dossier.content.ContentType.ROUND;
import static dossier.content.ContentType.SOURCE;
import static dossier.content.ContentType.TOPIC;
import static dossier.validation.FieldSpec.accounts;
import static dossier.validation.FieldSpec.address;
import static dossier.validation.FieldSpec.choice;
import static dossier.validation.FieldSpec.date;
import static dossier.validation.FieldSpec.history;
import static dossier.validation.FieldSpec.id;
import static dossier.validation.FieldSpec.ids;
import static dossier.validation.FieldSpec.number;
import static dossier.validation.FieldSpec.sides;
import static dossier.validation.FieldSpec.text;
import static dossier.validation.FieldSpec.texts;

/** The fields each type of document may have. CONTRIBUTING.md's field tables describe the same. */
public final class Schema {

    public static final List<String> STATUSES = List.of("published", "draft");
    public static final List<String> SIDES_OF_THE_TALKS = List.of("us", "china");
    /**
     * An actor's {@code delegation: member}: the record lists them in their side's delegation to the talks
     * without saying which rounds they attended, so no round's {@code delegations} can name them.
     */
    public static final String DELEGATION_MEMBER = "member";
    /** An event's {@code date_precision}: the record gives the day (the default), or only the month. */
    public static final String DAY = "day";
    public static final String MONTH = Document.MONTH;
    /** A source's kind when the facts are public record but no document is named for them: it has no date. */
    public static final String PUBLIC_RECORD = "public-record";
    /** The languages a source's document or an actor's native name may be written in, as BCP 47 tags. */
    public static final List<String> LANGUAGES = List.of("en", "zh-Hans", "zh-Hant", "ja", "ko");

    /** What a measure is: a tariff, an export control, a port fee, a rule on listed firms, an investigation, a pledge to buy. */
    /** What a measure's step is changed by, and what a readout comparison is about. */
    static final java.util.Set<ContentType> ROUND_OR_EVENT = java.util.EnumSet.of(ContentType.ROUND, ContentType.EVENT);

    public static final List<String> MEASURE_KINDS = List.of("tariff", "export-control", "port-fee", "entity-rule",
            "investigation", "commitment", "other");

    /** The language of an actor's native_name where native_language does not say: the names are Chinese. */
    private static final String DEFAULT_NATIVE_LANGUAGE = "zh-Hans";

    private static final Map<ContentType, Map<String, FieldSpec>> FIELDS = new EnumMap<>(ContentType.class);

    static {
        define(ROUND,
                text("title", true, "Geneva talks"),
                choice("kind", true, "negotiation", "leaders-meeting"),
                number("number", false),
                date("date", true),
                date("end_date", false),
                text("city", true, "Geneva"),
                text("country", true, "Switzerland"),
                sides("delegations", true),
                ids("topics", true, TOPIC, "topic", "[tariffs]"),
                text("outcome", true, "Both sides cut their additional tariffs."),
                ids("sources", true, SOURCE, "source", "[report-2025-10-24]"));
        define(ACTOR,
                text("name", true, "He Lifeng"),
                text("role", true, "Vice Premier"),
                choice("side", true, "us", "china", "other"),
                choice("kind", true, "person", "institution"),
                text("native_name", false, "何立峰"),
                // The language of native_name; zh-Hans where it is not given (the dossier's native names are Chinese).
                choice("native_language", false, "zh-Hans", "ja", "ko"),
                text("short_name", false, "MOFCOM"),
                choice("delegation", false, DELEGATION_MEMBER),
                ids("sources", true, SOURCE, "source", "[report-2025-10-24]"));
        define(TOPIC,
                text("title", true, "Rare earths"),
                text("summary", true, "One sentence on the topic."),
                ids("sources", true, SOURCE, "source", "[report-2025-10-24]"));
        define(ContentType.EVENT,
                text("title", true, "Trump and Xi speak by telephone"),
                date("date", true),
                date("end_date", false),
                choice("date_precision", false, DAY, MONTH),
                ids("actors", false, ACTOR, "actor", "[trump, xi]"),
                ids("topics", true, TOPIC, "topic", "[tariffs]"),
                id("round", false, ROUND, "round", "madrid"),
                ids("sources", true, SOURCE, "source", "[report-2025-10-24]"));
        define(ContentType.QUOTE,
                id("speaker", true, ACTOR, "speaker", "bessent"),
                choice("kind", true, "statement", "fragment"),
                text("text", true, "Everything on the table"),
                date("date", true),
                choice("date_basis", true, "said", "reported"),
                text("setting", true, "Interview on Fox Business"),
                id("source", true, SOURCE, "source", "report-2025-10-24"),
                id("round", false, ROUND, "round", "kuala-lumpur"),
                ids("topics", true, TOPIC, "topic", "[rare-earths]"),
                text("context", false, "Bessent said he was optimistic."),
                texts("variants", false, "[\"another rendering\"]"),
                ids("sources", false, SOURCE, "source", "[report-2025-10-24]"));
        define(SOURCE,
                text("title", true, "Joint Statement on U.S.–China Economic and Trade Meeting in Geneva"),
                text("publisher", true, "The White House"),
                // Required except for a public record, which has no date of its own: FileChecker enforces it.
                date("date", false),
                choice("kind", true, "report", "reporting", "statement", "executive-order", "announcement",
                        "readout", "fact-sheet", "interview", "transcript", "notice", "ruling", PUBLIC_RECORD),
                // Where a reader opens the document: SourceAddressRules require url or no_url, and accessed with url.
                address("url", false),
                date("accessed", false),
                address("archive_url", false),
                text("no_url", false, "The report names no outlet or author; it was supplied as a text file."),
                choice("language", false, LANGUAGES.toArray(new String[0])));
        define(ContentType.CORRECTION,
                text("title", true, "The USTR's name is Jamieson Greer"),
                id("source", true, SOURCE, "source", "report-2025-10-24"),
                text("said", true, "Jameson Grier"),
                text("correct", true, "Jamieson Greer"),
                ids("affects", true, java.util.Set.of(), "page", "[greer]"),
                date("date", true),
                ids("sources", true, SOURCE, "source", "[report-2025-10-24]"));
        define(ContentType.MEASURE,
                text("title", true, "Licences for exports of seven medium and heavy rare earths"),
                choice("side", true, "us", "china"),
                choice("kind", true, MEASURE_KINDS.toArray(new String[0])),
                choice("goods", false, "all", "some"),
                id("concerns", false, ContentType.MEASURE, "measure", "china-october-export-controls"),
                id("legal_basis", false, SOURCE, "source", "mofcom-announcement-2025-18"),
                text("covers", true, "What goods, firms or items it applies to."),
                ids("topics", true, TOPIC, "topic", "[rare-earths]"),
                history("history", true),
                ids("sources", false, SOURCE, "source", "[report-2025-10-24]"));
        define(ContentType.READOUT,
                text("title", true, "Geneva talks: the two governments' accounts"),
                id("about", true, ROUND_OR_EVENT, "round or event", "geneva"),
                ids("topics", true, TOPIC, "topic", "[tariffs]"),
                accounts("accounts", true),
                texts("only_us", true, "[\"The US account gives a figure; the Chinese accounts shown here do not.\"]"),
                texts("only_china", true, "[\"The Chinese account mentions Taiwan; the US accounts shown here do not.\"]"));
    }

    private Schema() {
    }

    private static void define(ContentType type, FieldSpec... specs) {
        Map<String, FieldSpec> byName = new LinkedHashMap<>();
        byName.put("status", choice("status", true, STATUSES.toArray(new String[0])));
        for (FieldSpec spec : specs) {
            byName.put(spec.name(), spec);
        }
        // Documents answer only for the fields their type names (ContentType.fields): the two lists must agree.
        if (!List.copyOf(byName.keySet()).equals(List.copyOf(type.fields()))) {
            throw new IllegalStateException("Schema of " + type + " " + byName.keySet() + " differs from "
                    + "ContentType." + type + ".fields() " + type.fields());
        }
        FIELDS.put(type, byName);
    }

    /** The language an actor's native_name is written in (BCP 47), or null where there is no native name. */
    public static String nativeLanguage(Document actor) {
        if (!actor.has("native_name")) {
            return null;
        }
        return actor.has("native_language") ? actor.text("native_language") : DEFAULT_NATIVE_LANGUAGE;
    }

    /** The fields of a type, by name, in the order the field tables list them. */
    public static Map<String, FieldSpec> fieldsOf(ContentType type) {
        return FIELDS.get(type);
    }
}
