package dossier.validation;

import dossier.content.Problem;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.content.Field;
import dossier.content.FrontMatter;
import dossier.content.FrontMatterParser;
import dossier.content.SourceFile;
import dossier.content.YamlValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks one content file on its own: where it is, what it is called, and that each front-matter
 * field is known to its type and has the right shape. Turns it into a {@link Document} when it can.
 * Whether the ids it names exist is the {@link ReferenceChecker}'s job, once every file is read.
 */
final class FileChecker {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[1-9]\\d{0,5}");

    private final FrontMatterParser parser = new FrontMatterParser();
    /** How the starter files' placeholders begin: in a field's value, and in the text. */
    static final String FIELD_PLACEHOLDER = "Replace with";
    static final String BODY_PLACEHOLDER = "Replace this";
    private final SourceAddressRules sourceAddresses;

    /** @param today the day of the bake: no source can have been read after it */
    FileChecker(LocalDate today) {
        this.sourceAddresses = new SourceAddressRules(today);
    }

    Optional<Document> check(SourceFile file, List<Problem> problems) {
        String path = file.displayPath();
        Optional<ContentType> type = typeFromLocation(file, problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String fileName = file.pathInContent().substring(file.pathInContent().lastIndexOf('/') + 1);
        String id = fileName.substring(0, fileName.length() - ".md".length());
        boolean idOk = ID.matcher(id).matches();
        if (!idOk) {
            problems.add(new Problem(path, 1, "file name '" + fileName + "' is not a usable id: use lower-case"
                    + " letters, digits and '-', e.g. " + slug(id) + ".md"));
        }
        FrontMatterParser.Result parsed = parser.parse(file);
        problems.addAll(parsed.problems());
        if (!parsed.ok()) {
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        FrontMatter frontMatter = parsed.frontMatter();
        Map<String, FieldSpec> specs = Schema.fieldsOf(type.get());
        for (Field field : frontMatter.fields().values()) {
            FieldSpec spec = specs.get(field.key());
            if (spec == null) {
                problems.add(new Problem(path, field.line(), unknownFieldMessage(field.key(), type.get(), specs)));
                continue;
            }
            lines.put(field.key(), field.line());
            Object value = convert(path, spec, field, problems, lines);
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        for (FieldSpec spec : specs.values()) {
            if (spec.required() && !frontMatter.fields().containsKey(spec.name())) {
                problems.add(new Problem(path, frontMatter.closingLine(), missingFieldMessage(spec, type.get())));
            }
        }
        checkSourceHasDate(path, type.get(), frontMatter, values, problems);
        if (type.get() == ContentType.SOURCE) {
            sourceAddresses.check(path, frontMatter.closingLine(), values, lines, problems);
        }
        checkDateOrder(path, values, lines, problems);
        checkMonthPrecision(path, values, lines, problems);
        if (type.get() == ContentType.MEASURE) {
            HistoryChecker.checkKind(path, values, lines, frontMatter.closingLine(), problems);
        }
        MarkdownOnly.check(path, frontMatter.body(), frontMatter.closingLine() + 1, problems);
        checkNoPlaceholderLeft(path, frontMatter, problems);
        if (!idOk || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Document(type.get(), id, file, values, lines, frontMatter.body()));
    }

    private static Optional<ContentType> typeFromLocation(SourceFile file, List<Problem> problems) {
        String path = file.displayPath();
        String[] parts = file.pathInContent().split("/");
        List<String> folders = Arrays.stream(ContentType.values()).map(ContentType::folder).toList();
        if (parts.length != 2) {
            problems.add(new Problem(path, 1, "content files belong directly in one of the type folders "
                    + String.join("/, ", folders) + "/: move it there"));
            return Optional.empty();
        }
        Optional<ContentType> type = ContentType.forFolder(parts[0]);
        if (type.isEmpty()) {
            problems.add(new Problem(path, 1, "unknown folder '" + parts[0] + "'" + Suggestions.hint(parts[0], folders)
                    + ": content files belong in one of " + String.join("/, ", folders) + "/"));
            return Optional.empty();
        }
        if (!parts[1].endsWith(".md")) {
            String base = parts[1].contains(".") ? parts[1].substring(0, parts[1].lastIndexOf('.')) : parts[1];
            problems.add(new Problem(path, 1, "only Markdown files ending in .md are content: rename it to "
                    + base + ".md, or move it out of content/"));
            return Optional.empty();
        }
        return type;
    }

    private static String unknownFieldMessage(String key, ContentType type, Map<String, FieldSpec> specs) {
        if (key.equals("type")) {
            return "unknown field 'type': the folder decides the type (this file is " + type.withArticle()
                    + "): remove the line";
        }
        return "unknown field '" + key + "' for " + type.withArticle() + Suggestions.hint(key, specs.keySet());
    }

    private static Object convert(String path, FieldSpec spec, Field field, List<Problem> problems,
                                  Map<String, Integer> lines) {
        YamlValue value = field.value();
        String name = spec.name();
        switch (spec.shape()) {
            case TEXT:
            case ADDRESS:
            case DATE:
            case CHOICE:
            case NUMBER:
            case ID: {
                if (!(value instanceof YamlValue.Scalar scalar)) {
                    problems.add(new Problem(path, value.line(), "'" + name + "' must be a single value, not "
                            + value.shapeName() + ", e.g. '" + name + ": " + spec.example() + "'"));
                    return null;
                }
                return convertScalar(path, spec, scalar, problems);
            }
            case TEXTS:
            case IDS: {
                List<YamlValue> items = asList(value);
                List<String> texts = new ArrayList<>();
                for (YamlValue item : items) {
                    if (!(item instanceof YamlValue.Scalar scalar) || scalar.text().isBlank()) {
                        problems.add(new Problem(path, item.line(), "each entry of '" + name
                                + "' must be a single non-empty value"));
                        continue;
                    }
                    if (spec.shape() == FieldSpec.Shape.IDS && !ID.matcher(scalar.text()).matches()) {
                        problems.add(new Problem(path, item.line(), "'" + scalar.text() + "' in '" + name
                                + "' is not an id: ids are file names without .md, e.g. " + slug(scalar.text())));
                        continue;
                    }
                    texts.add(scalar.text());
                    lines.putIfAbsent(referenceKey(name, scalar.text()), item.line());
                }
                if (spec.required() && items.isEmpty()) {
                    problems.add(new Problem(path, field.line(), "'" + name + "' is empty: list at least one "
                            + spec.noun() + ", e.g. '" + name + ": " + spec.example() + "'"));
                }
                return List.copyOf(texts);
            }
            case SIDES:
                return convertSides(path, spec, field, problems, lines);
            case HISTORY:
                return HistoryChecker.convert(path, field, problems);
            case ACCOUNTS:
                return AccountsChecker.convert(path, field, problems);
            default:
                throw new IllegalStateException(spec.shape().toString());
        }
    }

    /** A list field may be written as one value where there is only one: {@code topics: tariffs}. */
    private static List<YamlValue> asList(YamlValue value) {
        if (value instanceof YamlValue.Sequence sequence) {
            return sequence.items();
        }
        if (value instanceof YamlValue.Scalar scalar && scalar.text().isBlank()) {
            return List.of();
        }
        return List.of(value);
    }

    static Object convertScalar(String path, FieldSpec spec, YamlValue.Scalar scalar, List<Problem> problems) {
        String text = scalar.text().strip();
        String name = spec.name();
        int line = scalar.line();
        if (text.isEmpty()) {
            problems.add(new Problem(path, line, "'" + name + "' is empty: give a value, e.g. '" + name + ": "
                    + spec.example() + "'" + (spec.required() ? "" : ", or remove the line")));
            return null;
        }
        switch (spec.shape()) {
            case DATE:
                return parseDate(path, name, text, line, problems);
            case ADDRESS:
                return SourceAddressRules.parseAddress(path, name, text, line, problems);
            case CHOICE:
                if (!spec.allowed().contains(text)) {
                    problems.add(new Problem(path, line, name + " '" + text + "' is not one of "
                            + String.join(", ", spec.allowed()) + Suggestions.hint(text, spec.allowed())));
                    return null;
                }
                return text;
            case NUMBER:
                if (!WHOLE_NUMBER.matcher(text).matches()) {
                    problems.add(new Problem(path, line, "'" + name + "' must be a whole number from 1 up, not '"
                            + text + "'"));
                    return null;
                }
                return Integer.valueOf(text);
            case ID:
                if (!ID.matcher(text).matches()) {
                    problems.add(new Problem(path, line, "'" + text + "' in '" + name
                            + "' is not an id: ids are file names without .md, e.g. " + slug(text)));
                    return null;
                }
                return text;
            default:
                return text;
        }
    }

    private static LocalDate parseDate(String path, String name, String text, int line, List<Problem> problems) {
        if (text.equals("YYYY-MM-DD")) {
            // Left by starters/New.java for the contributor to fill in.
            problems.add(new Problem(path, line, "'" + name + "' still holds the placeholder YYYY-MM-DD: write the day"
                    + " the source gives, e.g. 2025-05-10, or delete the line if the field is optional"));
            return null;
        }
        if (!ISO_DATE.matcher(text).matches()) {
            problems.add(new Problem(path, line, "'" + name + "' must be a date written YYYY-MM-DD, e.g. 2025-05-10,"
                    + " not '" + text + "'"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, line, "'" + name + "' is " + text + ", a date that does not exist:"
                    + " check the month (01-12) and the day"));
            return null;
        }
    }

    private static Object convertSides(String path, FieldSpec spec, Field field, List<Problem> problems,
                                       Map<String, Integer> lines) {
        if (!(field.value() instanceof YamlValue.Mapping mapping)) {
            problems.add(new Problem(path, field.line(), "'" + spec.name() + "' must list actor ids per side,"
                    + " e.g. '" + spec.name() + ": " + spec.example() + "'"));
            return null;
        }
        Map<String, List<String>> sides = new LinkedHashMap<>();
        for (Field side : mapping.entries().values()) {
            if (!spec.allowed().contains(side.key())) {
                problems.add(new Problem(path, side.line(), "unknown side '" + side.key() + "' in '" + spec.name()
                        + "': sides are " + String.join(", ", spec.allowed()) + Suggestions.hint(side.key(), spec.allowed())));
                continue;
            }
            // A side may be empty: the sources do not name every round's negotiators.
            FieldSpec listSpec = FieldSpec.ids(spec.name() + "." + side.key(), false, spec.refersTo(), spec.noun(),
                    "[bessent]");
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) convert(path, listSpec, side, problems, lines);
            sides.put(side.key(), ids);
        }
        for (String required : spec.allowed()) {
            if (!mapping.entries().containsKey(required)) {
                problems.add(new Problem(path, field.line(), "'" + spec.name() + "' has no '" + required
                        + "' side: add '" + required + ": [actor ids]'"));
            }
        }
        return sides;
    }

    /** A source needs its date, unless it is a public record that names no document and so has none. */
    /**
     * A file made from a starter (starters/) and saved before every placeholder was replaced would publish
     * "Replace with ..." as if it were the record: each placeholder left is a problem on its line.
     */
    private static void checkNoPlaceholderLeft(String path, FrontMatter frontMatter, List<Problem> problems) {
        for (Field field : frontMatter.fields().values()) {
            List<YamlValue> values = field.value() instanceof YamlValue.Sequence list ? list.items() : List.of(field.value());
            for (YamlValue value : values) {
                if (value instanceof YamlValue.Scalar scalar && scalar.text().startsWith(FIELD_PLACEHOLDER)) {
                    problems.add(new Problem(path, scalar.line(), "'" + field.key() + "' still holds the starter's"
                            + " placeholder ('" + shortened(scalar.text()) + "'): write the real value, or delete the"
                            + " line if the field is optional"));
                }
            }
        }
        String[] body = frontMatter.body().split("\n", -1);
        for (int i = 0; i < body.length; i++) {
            if (body[i].strip().startsWith(BODY_PLACEHOLDER)) {
                problems.add(new Problem(path, frontMatter.closingLine() + 1 + i, "the text still holds the starter's"
                        + " placeholder ('" + shortened(body[i].strip()) + "'): write it in your own words"));
                return;
            }
        }
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static void checkSourceHasDate(String path, ContentType type, FrontMatter frontMatter,
                                           Map<String, Object> values, List<Problem> problems) {
        if (type != ContentType.SOURCE || frontMatter.fields().containsKey("date")
                || Schema.PUBLIC_RECORD.equals(values.get("kind"))) {
            return;
        }
        problems.add(new Problem(path, frontMatter.closingLine(), missingFieldMessage(Schema.fieldsOf(type).get("date"),
                type) + " (only a source of kind " + Schema.PUBLIC_RECORD + ", which names no document, has no date)"));
    }

    static String missingFieldMessage(FieldSpec spec, ContentType type) {
        return "missing required field '" + spec.name() + "' for " + type.withArticle() + ": add a line like '"
                + spec.name() + ": " + spec.example() + "' before this line";
    }

    /**
     * An event the record dates only to a month is written with the month's first day, so that it sorts
     * before the dated events of that month; a span of months is not supported.
     */
    private static void checkMonthPrecision(String path, Map<String, Object> values, Map<String, Integer> lines,
                                            List<Problem> problems) {
        if (!Schema.MONTH.equals(values.get("date_precision"))) {
            return;
        }
        if (values.get("date") instanceof LocalDate date && date.getDayOfMonth() != 1) {
            problems.add(new Problem(path, lines.get("date"), "'date_precision: month' needs the month's first day:"
                    + " write 'date: " + date.withDayOfMonth(1) + "', or remove 'date_precision' if the record"
                    + " gives the day"));
        }
        if (values.containsKey("end_date")) {
            problems.add(new Problem(path, lines.get("end_date"), "an event dated only to a month has no end_date:"
                    + " remove the line"));
        }
    }

    private static void checkDateOrder(String path, Map<String, Object> values, Map<String, Integer> lines,
                                       List<Problem> problems) {
        if (values.get("date") instanceof LocalDate start && values.get("end_date") instanceof LocalDate end
                && end.isBefore(start)) {
            problems.add(new Problem(path, lines.get("end_date"), "end_date " + end + " is before date " + start
                    + ": swap them, or fix the one that is wrong"));
        }
    }

    /** Where a list field names one id: the key under which its line is kept in {@link Document#lines()}. */
    static String referenceKey(String field, String id) {
        return field + "#" + id;
    }

    static String slug(String text) {
        String slug = text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "my-document" : slug;
    }
}
