package dossier.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A content file that passed validation: its type, id, and front-matter values already converted
 * to what the schema says they are (text, dates, ids, lists of ids, sides).
 *
 * @param values field name to value: {@code String}, {@code LocalDate}, {@code Integer},
 *               {@code List<String>} or {@code Map<String, List<String>>}
 * @param lines field name to the line it was written on
 * @param body the Markdown below the front matter
 */
public record Document(ContentType type, String id, SourceFile file, Map<String, Object> values,
                       Map<String, Integer> lines, String body) {

    public boolean published() {
        return "published".equals(values.get("status"));
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** A text, choice or id field; "" where an optional field is absent. */
    public String text(String field) {
        Object value = values.get(field);
        return value == null ? "" : value.toString();
    }

    public LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String field) {
        Object value = values.get(field);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, List<String>> sides(String field) {
        Object value = values.get(field);
        return value == null ? Map.of() : (Map<String, List<String>>) value;
    }

    public Integer number(String field) {
        return (Integer) values.get(field);
    }

    public int lineOf(String field) {
        return lines.getOrDefault(field, 1);
    }
}
