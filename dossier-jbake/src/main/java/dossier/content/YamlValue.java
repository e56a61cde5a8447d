package dossier.content;

import java.util.List;
import java.util.Map;

/**
 * A front-matter value as the contributor wrote it, with the line it starts on.
 * Scalars stay text: "2025-05-10" and "1" are strings until the schema says what they are,
 * so nothing is silently converted (YAML would turn {@code no} into false, or a date into a timestamp).
 */
public sealed interface YamlValue {
    int line();

    /** What a contributor would call this shape, for error messages. */
    String shapeName();

    record Scalar(String text, int line) implements YamlValue {
        public String shapeName() { return "a single value"; }
    }

    record Sequence(List<YamlValue> items, int line) implements YamlValue {
        public String shapeName() { return "a list"; }
    }

    /** A nested mapping, such as a round's {@code delegations}; keys keep their order and lines. */
    record Mapping(Map<String, Field> entries, int line) implements YamlValue {
        public String shapeName() { return "a set of named fields"; }
    }
}
