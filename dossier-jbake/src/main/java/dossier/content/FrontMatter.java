package dossier.content;

import java.util.Map;

/**
 * The parsed head of a content file.
 *
 * @param fields the front matter's top-level fields, in file order
 * @param body the Markdown after the closing {@code ---}
 * @param closingLine the line of the closing {@code ---}, where a missing required field is reported
 */
public record FrontMatter(Map<String, Field> fields, String body, int closingLine) {
}
