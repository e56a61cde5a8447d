package dossier.validation;

import dossier.content.ContentType;
import dossier.content.Field;
import dossier.content.MeasureStep;
import dossier.content.Problem;
import dossier.content.YamlValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A measure's {@code history}: a list of dated steps, each a set of named fields, checked like any
 * other field, every problem on the step's own line. Steps come in date order, a step's {@code until}
 * is not before its date, and every step rests on a source in its own words ({@code evidence}).
 */
final class HistoryChecker {

    /** The fields of one step, in the order the field table lists them. */
    static final Map<String, FieldSpec> STEP_FIELDS = new LinkedHashMap<>();

    static {
        for (FieldSpec spec : List.of(
                FieldSpec.date("date", true),
                FieldSpec.choice("status", true, MeasureStep.STATUSES.toArray(new String[0])),
                FieldSpec.text("rate", false, "125%"),
                FieldSpec.date("until", false),
                FieldSpec.id("changed_by", false, null, "round or event", "busan"),
                FieldSpec.id("source", true, ContentType.SOURCE, "source", "mofcom-announcement-2025-70"),
                FieldSpec.text("evidence", true, "\"the source's own words for this step\""))) {
            STEP_FIELDS.put(spec.name(), spec);
        }
    }

    private HistoryChecker() {
    }

    /** The steps, or null where any is wrong (then each problem is added with its line). */
    static List<MeasureStep> convert(String path, Field field, List<Problem> problems) {
        if (!(field.value() instanceof YamlValue.Sequence list) || list.items().isEmpty()) {
            problems.add(new Problem(path, field.line(), "'history' must list the measure's steps in date order, each"
                    + " beginning '- date:', e.g. '- {date: 2025-04-04, status: in-force, source: ..., evidence: \"...\"}'"));
            return null;
        }
        int before = problems.size();
        List<MeasureStep> steps = new ArrayList<>();
        MeasureStep previous = null;
        for (YamlValue item : list.items()) {
            if (!(item instanceof YamlValue.Mapping mapping)) {
                problems.add(new Problem(path, item.line(), "each step of 'history' is a set of named fields (date,"
                        + " status, source, evidence, ...), not " + item.shapeName()));
                continue;
            }
            MeasureStep step = step(path, mapping, problems);
            if (step == null) {
                continue;
            }
            if (previous != null && step.date().isBefore(previous.date())) {
                problems.add(new Problem(path, step.line(), "the steps of 'history' must be in date order: this step ("
                        + step.date() + ") comes after one dated " + previous.date() + " (line " + previous.line()
                        + "): move it up"));
            }
            steps.add(step);
            previous = step;
        }
        return problems.size() > before ? null : List.copyOf(steps);
    }

    private static MeasureStep step(String path, YamlValue.Mapping mapping, List<Problem> problems) {
        int before = problems.size();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : mapping.entries().values()) {
            FieldSpec spec = STEP_FIELDS.get(field.key());
            if (spec == null) {
                problems.add(new Problem(path, field.line(), "unknown field '" + field.key() + "' in a step of 'history'"
                        + Suggestions.hint(field.key(), STEP_FIELDS.keySet()) + " (a step's fields: "
                        + String.join(", ", STEP_FIELDS.keySet()) + ")"));
            } else if (!(field.value() instanceof YamlValue.Scalar scalar)) {
                problems.add(new Problem(path, field.line(), "'" + field.key() + "' in a step of 'history' must be a"
                        + " single value, not " + field.value().shapeName()));
            } else {
                Object value = FileChecker.convertScalar(path, spec, scalar, problems);
                if (value != null) {
                    values.put(field.key(), value);
                }
            }
        }
        for (FieldSpec spec : STEP_FIELDS.values()) {
            if (spec.required() && !mapping.entries().containsKey(spec.name())) {
                problems.add(new Problem(path, mapping.line(), "a step of 'history' has no '" + spec.name() + "': add"
                        + " '" + spec.name() + ": " + spec.example() + "'"));
            }
        }
        LocalDate date = (LocalDate) values.get("date");
        LocalDate until = (LocalDate) values.get("until");
        if (date != null && until != null && until.isBefore(date)) {
            problems.add(new Problem(path, mapping.entries().get("until").line(), "'until' (" + until + ") is before the"
                    + " step's date (" + date + "): 'until' is the day the status is set to end"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new MeasureStep(date, (String) values.get("status"), (String) values.getOrDefault("rate", ""), until,
                (String) values.getOrDefault("changed_by", ""), (String) values.get("source"),
                (String) values.get("evidence"), mapping.line());
    }
}
