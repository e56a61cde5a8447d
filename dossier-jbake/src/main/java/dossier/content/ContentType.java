package dossier.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document in the dossier. Each lives in its own folder under content/. */
public enum ContentType {
    ROUND("rounds", "round"),
    ACTOR("actors", "actor"),
    TOPIC("topics", "topic"),
    EVENT("events", "event"),
    QUOTE("quotes", "quote"),
    SOURCE("sources", "source"),
    CORRECTION("corrections", "correction");

    private final String folder;
    private final String jbakeType;

    ContentType(String folder, String jbakeType) {
        this.folder = folder;
        this.jbakeType = jbakeType;
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
