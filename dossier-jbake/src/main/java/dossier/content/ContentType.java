package dossier.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document in the dossier. Each lives in its own folder under content/. */
public enum ContentType {
    ROUND("rounds", "round", "title", "kind", "number", "date", "end_date", "city", "country", "delegations",
            "topics", "outcome", "sources"),
    ACTOR("actors", "actor", "name", "role", "side", "kind", "native_name", "native_language", "short_name",
            "delegation", "sources"),
    TOPIC("topics", "topic", "title", "summary", "sources"),
    EVENT("events", "event", "title", "date", "end_date", "date_precision", "actors", "topics", "round", "sources"),
    QUOTE("quotes", "quote", "speaker", "kind", "text", "date", "date_basis", "setting", "source", "round", "topics",
            "context", "variants", "sources"),
    SOURCE("sources", "source", "title", "publisher", "date", "kind", "url", "accessed", "archive_url", "no_url",
            "language"),
    CORRECTION("corrections", "correction", "title", "source", "said", "correct", "affects", "date", "sources"),
    MEASURE("measures", "measure", "title", "side", "kind", "goods", "concerns", "legal_basis", "covers", "topics", "history", "sources"),
    READOUT("readouts", "readout", "title", "about", "topics", "accounts", "only_us", "only_china");

    private final String folder;
    private final String jbakeType;
    private final java.util.Set<String> fields;

    /**
     * @param fields the front-matter fields a document of this type may have besides {@code status}, in the
     *               order of the field tables; dossier.validation.Schema defines their shapes and is checked
     *               against this list when it loads, so the two cannot drift apart
     */
    ContentType(String folder, String jbakeType, String... fields) {
        this.folder = folder;
        this.jbakeType = jbakeType;
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        all.add("status");
        all.addAll(java.util.List.of(fields));
        this.fields = java.util.Collections.unmodifiableSet(all);
    }

    /** The names of the fields a document of this type may have, {@code status} first. */
    public java.util.Set<String> fields() {
        return fields;
    }

    /** The folder under content/ and under the baked site. */
    public String folder() {
        return folder;
    }

    /** The JBake document type; jbake.properties maps it to a template with {@code template.<type>.file}. */
    public String jbakeType() {
        return jbakeType;
    }

    /** "a round", "an actor": for messages. */
    public String withArticle() {
        return ("aeiou".indexOf(jbakeType.charAt(0)) >= 0 ? "an " : "a ") + jbakeType;
    }

    public static Optional<ContentType> forFolder(String folder) {
        return Arrays.stream(values()).filter(t -> t.folder.equals(folder)).findFirst();
    }

    public static Optional<ContentType> forJBakeType(String type) {
        return Arrays.stream(values()).filter(t -> t.jbakeType.equals(type)).findFirst();
    }
}
