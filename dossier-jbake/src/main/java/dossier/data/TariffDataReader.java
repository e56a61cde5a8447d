package dossier.data;

import dossier.data.TariffData.RateChange;
import dossier.data.TariffData.TrucePeriod;
import dossier.content.Field;
import dossier.content.Problem;
import dossier.content.YamlReader;
import dossier.content.YamlValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks data/tariffs.yaml the way content files are checked: every problem is reported
 * as {@code path:line: message}, and a source or event id that names no published document is one.
 * Values stay text until checked, so YAML never turns a date or a number into something else silently.
 */
public final class TariffDataReader {

    private static final Set<String> RATE_FIELDS = Set.of("date", "side", "rate", "source", "note", "announced",
            "evidence", "parts");
    private static final Set<String> TRUCE_FIELDS = Set.of("from", "until", "days", "event", "source", "label");
    /** Written where the record gives no single rate. */
    private static final String NO_RATE = "none";

    private final String path;
    private final Set<String> sourceIds;
    private final Set<String> eventIds;
    private final List<Problem> problems;

    /**
     * @param path      the file's path as messages show it (data/tariffs.yaml)
     * @param sourceIds ids of the published sources
     * @param eventIds  ids of the published events
     * @param problems  where problems are added
     */
    public TariffDataReader(String path, Set<String> sourceIds, Set<String> eventIds, List<Problem> problems) {
        this.path = path;
        this.sourceIds = sourceIds;
        this.eventIds = eventIds;
        this.problems = problems;
    }

    /** The data, or null when it has problems (then they are in the problem list). */
    public TariffData read(String yaml) {
        int before = problems.size();
        YamlValue root = new YamlReader(path, 1, problems).read(yaml, "the file", "");
        if (problems.size() > before) {
            return null;
        }
        if (!(root instanceof YamlValue.Mapping mapping)) {
            problems.add(new Problem(path, 1, "expected two lists, 'rates:' and 'truces:'"));
            return null;
        }
        Map<String, YamlValue> sections = fields(mapping, Set.of("rates", "truces"));
        List<RateChange> rates = new ArrayList<>();
        for (YamlValue.Mapping row : rows(sections.get("rates"), "rates", mapping.line())) {
            RateChange change = rate(row);
            if (change != null) {
                rates.add(change);
            }
        }
        List<TrucePeriod> truces = new ArrayList<>();
        for (YamlValue.Mapping row : rows(sections.get("truces"), "truces", mapping.line())) {
            TrucePeriod truce = truce(row);
            if (truce != null) {
                truces.add(truce);
            }
        }
        checkOneChangePerDay(rates);
        checkTrucesDoNotOverlap(truces);
        if (problems.size() > before) {
            return null;
        }
        rates.sort(Comparator.comparing(RateChange::date).thenComparing(RateChange::side));
        truces.sort(Comparator.comparing(TrucePeriod::from));
        return new TariffData(List.copyOf(rates), List.copyOf(truces));
    }

    private RateChange rate(YamlValue.Mapping row) {
        Map<String, YamlValue> fields = fields(row, RATE_FIELDS);
        LocalDate date = date(fields, "date", row);
        String side = choice(fields, "side", TariffData.SIDES, row);
        String rateText = text(fields, "rate", row);
        Integer rate = null;
        if (rateText != null && !rateText.equals(NO_RATE)) {
            if (rateText.matches("\\d{1,3}")) {
                rate = Integer.valueOf(rateText);
            } else {
                problems.add(new Problem(path, fields.get("rate").line(), "rate '" + rateText
                        + "' is not a whole percentage: write e.g. 'rate: 30', or 'rate: none' where the record"
                        + " gives no single rate"));
                rateText = null;
            }
        }
        String source = id(fields, "source", sourceIds, "source", row);
        String note = text(fields, "note", row);
        LocalDate announced = fields.containsKey("announced") ? date(fields, "announced", row) : null;
        if (announced != null && date != null && announced.isAfter(date)) {
            problems.add(new Problem(path, fields.get("announced").line(), "announced " + announced + " is after the"
                    + " day the rate took effect (" + date + "): 'date' is the effective day, 'announced' the day"
                    + " it was made known"));
        }
        List<Integer> parts = parts(fields, rate);
        String evidence = text(fields, "evidence", row);
        if (evidence != null && date != null) {
            checkEvidence(fields, evidence, date, rate, parts);
        }
        if (date == null || side == null || rateText == null || source == null || note == null || evidence == null
                || parts == null) {
            return null;
        }
        return new RateChange(date, side, rate, source, note, announced, evidence, parts, row.line());
    }

    /** The rates a combined rate adds up, e.g. {@code parts: [84, 20]} for 104; empty where none are given. */
    private List<Integer> parts(Map<String, YamlValue> fields, Integer rate) {
        YamlValue node = fields.get("parts");
        if (node == null) {
            return List.of();
        }
        List<Integer> parts = new ArrayList<>();
        if (node instanceof YamlValue.Sequence sequence) {
            for (YamlValue item : sequence.items()) {
                if (item instanceof YamlValue.Scalar scalar && scalar.text().matches("\\d{1,3}")) {
                    parts.add(Integer.valueOf(scalar.text()));
                }
            }
            if (parts.size() == sequence.items().size() && parts.size() >= 2 && rate != null
                    && parts.stream().mapToInt(Integer::intValue).sum() == rate) {
                return List.copyOf(parts);
            }
        }
        problems.add(new Problem(path, node.line(), "'parts' lists the recorded rates that add up to 'rate', e.g."
                + " 'parts: [84, 20]' for 'rate: 104': give two or more whole percentages whose sum is the rate"));
        return null;
    }

    /**
     * The evidence must state the effective day, and the rate (or, for a combined rate, its first part: the
     * one that changed). A row the source does not bear out is a wrong row or the wrong source.
     */
    private void checkEvidence(Map<String, YamlValue> fields, String evidence, LocalDate date, Integer rate,
                               List<Integer> parts) {
        int line = fields.get("evidence").line();
        if (!TariffEvidence.statesDay(evidence, date)) {
            problems.add(new Problem(path, line, "the evidence does not state the day the rate took effect, " + date
                    + ": copy the source's words that give it (e.g. \"effective April 10, 2025\"), or correct 'date'"));
        }
        if (rate == null || parts == null) {
            return;
        }
        int stated = parts.isEmpty() ? rate : parts.get(0);
        if (!TariffEvidence.statesRate(evidence, stated)) {
            problems.add(new Problem(path, line, "the evidence does not state the rate " + stated + "%: copy the"
                    + " source's words that give it" + (parts.isEmpty() ? ", or, for a rate that adds up two"
                    + " recorded rates, list them as 'parts: [changed, unchanged]'" : "") + ", or correct 'rate'"));
        }
    }

    private TrucePeriod truce(YamlValue.Mapping row) {
        Map<String, YamlValue> fields = fields(row, TRUCE_FIELDS);
        LocalDate from = date(fields, "from", row);
        LocalDate until = null;
        if (fields.containsKey("until") == fields.containsKey("days")) {
            problems.add(new Problem(path, row.line(), "give the truce's end as either 'until' (a date) or"
                    + " 'days' (its length), as the record gives it"));
        } else if (fields.containsKey("until")) {
            until = date(fields, "until", row);
        } else if (from != null) {
            String days = text(fields, "days", row);
            if (days != null && days.matches("\\d{1,4}") && Integer.parseInt(days) > 0) {
                until = from.plusDays(Integer.parseInt(days) - 1L);
            } else {
                problems.add(new Problem(path, fields.get("days").line(), "days '" + days
                        + "' is not a number of days"));
            }
        }
        String event = id(fields, "event", eventIds, "event", row);
        String source = id(fields, "source", sourceIds, "source", row);
        String label = text(fields, "label", row);
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new Problem(path, fields.get("until").line(), "the truce ends (" + until
                    + ") before it begins (" + from + ")"));
            return null;
        }
        if (from == null || until == null || event == null || source == null || label == null) {
            return null;
        }
        return new TrucePeriod(from, until, fields.containsKey("until"), event, source, label, row.line());
    }

    /**
     * Truce periods follow one another: an extension begins when the period it extends ends (the same day
     * where the orders hand over at 12:01 a.m.), never before.
     */
    private void checkTrucesDoNotOverlap(List<TrucePeriod> truces) {
        List<TrucePeriod> inOrder = truces.stream().sorted(Comparator.comparing(TrucePeriod::from)).toList();
        for (int i = 1; i < inOrder.size(); i++) {
            TrucePeriod earlier = inOrder.get(i - 1);
            TrucePeriod later = inOrder.get(i);
            if (later.from().isBefore(earlier.until())) {
                problems.add(new Problem(path, later.line(), "this truce begins on " + later.from() + ", but the one"
                        + " on line " + earlier.line() + " runs until " + earlier.until() + ": periods may not"
                        + " overlap; an extension begins on or after the day the period it extends ends"));
            }
        }
    }

    private void checkOneChangePerDay(List<RateChange> rates) {
        Map<String, RateChange> seen = new LinkedHashMap<>();
        for (RateChange change : rates) {
            RateChange earlier = seen.putIfAbsent(change.side() + " " + change.date(), change);
            if (earlier != null) {
                problems.add(new Problem(path, change.line(), "a second rate for " + change.side() + " on "
                        + change.date() + " (the first is on line " + earlier.line() + "): keep one"));
            }
        }
    }

    // ---- reading the YAML values ----

    private List<YamlValue.Mapping> rows(YamlValue section, String name, int line) {
        if (section == null) {
            problems.add(new Problem(path, line, "the list '" + name + ":' is missing"));
            return List.of();
        }
        if (!(section instanceof YamlValue.Sequence sequence)) {
            problems.add(new Problem(path, section.line(), "'" + name + "' must be a list of rows ('- {...}')"));
            return List.of();
        }
        List<YamlValue.Mapping> rows = new ArrayList<>();
        for (YamlValue item : sequence.items()) {
            if (item instanceof YamlValue.Mapping row) {
                rows.add(row);
            } else {
                problems.add(new Problem(path, item.line(), "each row of '" + name + "' must be a set of named"
                        + " fields, e.g. {date: 2025-05-14, ...}"));
            }
        }
        return rows;
    }

    private Map<String, YamlValue> fields(YamlValue.Mapping mapping, Set<String> known) {
        Map<String, YamlValue> fields = new LinkedHashMap<>();
        for (Field field : mapping.entries().values()) {
            if (!known.contains(field.key())) {
                problems.add(new Problem(path, field.line(), "unknown field '" + field.key()
                        + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")"));
            } else {
                fields.put(field.key(), field.value());
            }
        }
        return fields;
    }

    private String text(Map<String, YamlValue> fields, String name, YamlValue row) {
        YamlValue value = fields.get(name);
        if (value == null) {
            problems.add(new Problem(path, row.line(), "missing field '" + name + "'"));
            return null;
        }
        if (!(value instanceof YamlValue.Scalar scalar) || scalar.text().isBlank()) {
            problems.add(new Problem(path, value.line(), "field '" + name + "' must be a single value"));
            return null;
        }
        return scalar.text().strip();
    }

    private LocalDate date(Map<String, YamlValue> fields, String name, YamlValue row) {
        String text = text(fields, name, row);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, fields.get(name).line(), name + " '" + text
                    + "' is not a date in ISO form (2025-05-14)"));
            return null;
        }
    }

    private String choice(Map<String, YamlValue> fields, String name, List<String> choices, YamlValue row) {
        String text = text(fields, name, row);
        if (text != null && !choices.contains(text)) {
            problems.add(new Problem(path, fields.get(name).line(), name + " '" + text + "' is not one of: "
                    + String.join(", ", choices)));
            return null;
        }
        return text;
    }

    private String id(Map<String, YamlValue> fields, String name, Set<String> ids, String kind, YamlValue row) {
        String text = text(fields, name, row);
        if (text != null && !ids.contains(text)) {
            problems.add(new Problem(path, fields.get(name).line(), "unknown " + kind + " '" + text
                    + "': no published file content/" + kind + "s/" + text + ".md"));
            return null;
        }
        return text;
    }
}
