package dossier.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A content file that passed validation: its type, id, and front-matter values already converted
 * to what the schema says they are (text, dates, ids, lists of ids, sides).
 *
 * @param values field name to value: {@code String}, {@code LocalDate}, {@code Integer},
 *               {@code List<String>}, {@code Map<String, List<String>>} or, for a measure's history,
 *               {@code List<MeasureStep>}
 * @param lines field name to the line it was written on
 * @param body the Markdown below the front matter
 */
public record Document(ContentType type, String id, SourceFile file, Map<String, Object> values,
                       Map<String, Integer> lines, String body) {

    /** An event's {@code date_precision} when the record dates it only to a month. */
    public static final String MONTH = "month";

    /** The last day of a dated document: its end_date where its type has one and it is given, else its date. */
    public LocalDate lastDay() {
        Object end = type.fields().contains("end_date") ? values.get("end_date") : null;
        return end != null ? (LocalDate) end : date("date");
    }

    /** Whether the record dates it only to a month ({@code date_precision: month}, which only events have). */
    public boolean datedToMonth() {
        return type.fields().contains("date_precision") && MONTH.equals(values.get("date_precision"));
    }

    public boolean published() {
        return "published".equals(values.get("status"));
    }

    /** Whether an optional field is given. Asking about a field the type does not have is a mistake: it throws. */
    public boolean has(String field) {
        return valueOf(field) != null;
    }

    /** A text, choice or id field; "" where an optional field is absent. */
    public String text(String field) {
        Object value = valueOf(field);
        return value == null ? "" : value.toString();
    }

    public LocalDate date(String field) {
        return (LocalDate) valueOf(field);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String field) {
        Object value = valueOf(field);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, List<String>> sides(String field) {
        Object value = valueOf(field);
        return value == null ? Map.of() : (Map<String, List<String>>) value;
    }

    /** A measure's {@code history}: its steps in date order. */
    @SuppressWarnings("unchecked")
    public List<MeasureStep> steps(String field) {
        Object value = valueOf(field);
        return value == null ? List.of() : (List<MeasureStep>) value;
    }

    /** A readout comparison's {@code accounts}, in the order the file lists them. */
    @SuppressWarnings("unchecked")
    public List<Account> accounts(String field) {
        Object value = valueOf(field);
        return value == null ? List.of() : (List<Account>) value;
    }

    public Integer number(String field) {
        return (Integer) valueOf(field);
    }

    /**
     * The value of one of the type's fields, or null where it is absent. A name the type does not have (a
     * misspelling, or a field of another type) throws at once rather than reading as absent.
     */
    private Object valueOf(String field) {
        if (!type.fields().contains(field)) {
            throw new IllegalArgumentException(type.withArticle() + " has no field '" + field + "' (its fields: "
                    + String.join(", ", type.fields()) + ")");
        }
        return values.get(field);
    }

    public int lineOf(String field) {
        return lines.getOrDefault(field, 1);
    }
}
