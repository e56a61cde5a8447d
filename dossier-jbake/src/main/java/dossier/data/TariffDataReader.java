package dossier.data;

import dossier.data.TariffData.RateChange;
import dossier.data.TariffData.TrucePeriod;
import dossier.validation.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
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

    private static final Set<String> RATE_FIELDS = Set.of("date", "side", "rate", "source", "note");
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
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(path, line, "not valid YAML: " + e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(path, 1, "not valid YAML: " + e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new Problem(path, 1, "expected two lists, 'rates:' and 'truces:'"));
            return null;
        }
        Map<String, Node> sections = fields(mapping, Set.of("rates", "truces"));
        List<RateChange> rates = new ArrayList<>();
        for (MappingNode row : rows(sections.get("rates"), "rates", line(mapping))) {
            RateChange change = rate(row);
            if (change != null) {
                rates.add(change);
            }
        }
        List<TrucePeriod> truces = new ArrayList<>();
        for (MappingNode row : rows(sections.get("truces"), "truces", line(mapping))) {
            TrucePeriod truce = truce(row);
            if (truce != null) {
                truces.add(truce);
            }
        }
        checkOneChangePerDay(rates);
        if (problems.size() > before) {
            return null;
        }
        rates.sort(Comparator.comparing(RateChange::date).thenComparing(RateChange::side));
        truces.sort(Comparator.comparing(TrucePeriod::from));
        return new TariffData(List.copyOf(rates), List.copyOf(truces));
    }

    private RateChange rate(MappingNode row) {
        Map<String, Node> fields = fields(row, RATE_FIELDS);
        LocalDate date = date(fields, "date", row);
        String side = choice(fields, "side", TariffData.SIDES, row);
        String rateText = text(fields, "rate", row);
        Integer rate = null;
        if (rateText != null && !rateText.equals(NO_RATE)) {
            if (rateText.matches("\\d{1,3}")) {
                rate = Integer.valueOf(rateText);
            } else {
                problems.add(new Problem(path, line(fields.get("rate")), "rate '" + rateText
                        + "' is not a whole percentage: write e.g. 'rate: 30', or 'rate: none' where the record"
                        + " gives no single rate"));
                rateText = null;
            }
        }
        String source = id(fields, "source", sourceIds, "source", row);
        String note = text(fields, "note", row);
        if (date == null || side == null || rateText == null || source == null || note == null) {
            return null;
        }
        return new RateChange(date, side, rate, source, note, line(row));
    }

    private TrucePeriod truce(MappingNode row) {
        Map<String, Node> fields = fields(row, TRUCE_FIELDS);
        LocalDate from = date(fields, "from", row);
        LocalDate until = null;
        if (fields.containsKey("until") == fields.containsKey("days")) {
            problems.add(new Problem(path, line(row), "give the truce's end as either 'until' (a date) or"
                    + " 'days' (its length), as the record gives it"));
        } else if (fields.containsKey("until")) {
            until = date(fields, "until", row);
        } else if (from != null) {
            String days = text(fields, "days", row);
            if (days != null && days.matches("\\d{1,4}") && Integer.parseInt(days) > 0) {
                until = from.plusDays(Integer.parseInt(days) - 1L);
            } else {
                problems.add(new Problem(path, line(fields.get("days")), "days '" + days
                        + "' is not a number of days"));
            }
        }
        String event = id(fields, "event", eventIds, "event", row);
        String source = id(fields, "source", sourceIds, "source", row);
        String label = text(fields, "label", row);
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new Problem(path, line(fields.get("until")), "the truce ends (" + until
                    + ") before it begins (" + from + ")"));
            return null;
        }
        if (from == null || until == null || event == null || source == null || label == null) {
            return null;
        }
        return new TrucePeriod(from, until, fields.containsKey("until"), event, source, label, line(row));
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

    // ---- reading YAML nodes ----

    private List<MappingNode> rows(Node section, String name, int line) {
        if (section == null) {
            problems.add(new Problem(path, line, "the list '" + name + ":' is missing"));
            return List.of();
        }
        if (!(section instanceof SequenceNode sequence)) {
            problems.add(new Problem(path, line(section), "'" + name + "' must be a list of rows ('- {...}')"));
            return List.of();
        }
        List<MappingNode> rows = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode row) {
                rows.add(row);
            } else {
                problems.add(new Problem(path, line(item), "each row of '" + name + "' must be a set of named"
                        + " fields, e.g. {date: 2025-05-14, ...}"));
            }
        }
        return rows;
    }

    private Map<String, Node> fields(MappingNode mapping, Set<String> known) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!known.contains(key)) {
                problems.add(new Problem(path, line(tuple.getKeyNode()), "unknown field '" + key
                        + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")"));
            } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
                problems.add(new Problem(path, line(tuple.getKeyNode()), "field '" + key + "' is given twice"));
            }
        }
        return fields;
    }

    private String text(Map<String, Node> fields, String name, Node row) {
        Node node = fields.get(name);
        if (node == null) {
            problems.add(new Problem(path, line(row), "missing field '" + name + "'"));
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(new Problem(path, line(node), "field '" + name + "' must be a single value"));
            return null;
        }
        return scalar.getValue().strip();
    }

    private LocalDate date(Map<String, Node> fields, String name, Node row) {
        String text = text(fields, name, row);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, line(fields.get(name)), name + " '" + text
                    + "' is not a date in ISO form (2025-05-14)"));
            return null;
        }
    }

    private String choice(Map<String, Node> fields, String name, List<String> choices, Node row) {
        String text = text(fields, name, row);
        if (text != null && !choices.contains(text)) {
            problems.add(new Problem(path, line(fields.get(name)), name + " '" + text + "' is not one of: "
                    + String.join(", ", choices)));
            return null;
        }
        return text;
    }

    private String id(Map<String, Node> fields, String name, Set<String> ids, String kind, Node row) {
        String text = text(fields, name, row);
        if (text != null && !ids.contains(text)) {
            problems.add(new Problem(path, line(fields.get(name)), "unknown " + kind + " '" + text
                    + "': no published file content/" + kind + "s/" + text + ".md"));
            return null;
        }
        return text;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
