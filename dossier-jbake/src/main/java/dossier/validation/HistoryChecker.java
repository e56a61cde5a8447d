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
                FieldSpec.date("announced", false),
                FieldSpec.choice("status", true, MeasureStep.STATUSES.toArray(new String[0])),
                FieldSpec.text("rate", false, "125%"),
                FieldSpec.date("until", false),
                FieldSpec.id("changed_by", false, Schema.ROUND_OR_EVENT, "round or event", "busan"),
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

    /**
     * What a measure's kind asks of it. A commitment's steps say whether a promise was kept (pledged, carried-out,
     * ...), a government measure's what applied (in-force, suspended, ...), and only a commitment says which
     * measure it {@code concerns}. A tariff says whether it covers all of the other side's goods
     * ({@code goods: all}) or some: the tariff chart adds up the rates of the tariffs on all goods, so each of
     * their steps that charges a rate gives it as a whole percentage, in the source's words with its day.
     */
    @SuppressWarnings("unchecked")
    static void checkKind(String path, Map<String, Object> values, Map<String, Integer> lines, int closingLine,
                          List<Problem> problems) {
        boolean commitment = "commitment".equals(values.get("kind"));
        if (!commitment && values.containsKey("concerns")) {
            problems.add(new Problem(path, lines.get("concerns"), "'concerns' is for commitments only: remove the line,"
                    + " or make the kind 'commitment'"));
        }
        if (commitment && values.get("history") instanceof List<?> steps && !steps.isEmpty()
                && steps.get(0) instanceof MeasureStep first
                && (!first.status().equals("pledged") || first.changedBy().isEmpty())) {
            // The commitments page lists each promise under the round it was made at.
            problems.add(new Problem(path, first.line(), "a commitment begins with the promise: make its first step"
                    + " 'status: pledged' with 'changed_by:' naming the round or event it was made at"));
        }
        if (values.get("history") instanceof List<?> steps) {
            List<String> allowed = commitment ? MeasureStep.COMMITMENT_STATUSES : MeasureStep.MEASURE_STATUSES;
            for (MeasureStep step : (List<MeasureStep>) steps) {
                if (!allowed.contains(step.status())) {
                    problems.add(new Problem(path, step.line(), "status '" + step.status() + "' is for "
                            + (commitment ? "a government measure, not a commitment" : "a commitment, not a government"
                            + " measure") + ": a " + (commitment ? "commitment's" : "measure's") + " steps are "
                            + String.join(", ", allowed)));
                }
            }
        }
        boolean tariff = "tariff".equals(values.get("kind"));
        if (!tariff && values.containsKey("goods")) {
            problems.add(new Problem(path, lines.get("goods"), "'goods' is for tariffs only: remove the line, or"
                    + " make the kind 'tariff'"));
        } else if (tariff && !lines.containsKey("goods")) {
            problems.add(new Problem(path, closingLine, "a tariff needs 'goods': add 'goods: all' before this line if it"
                    + " covers all of the other side's goods, or 'goods: some' if it covers some products"));
        }
        if (!"all".equals(values.get("goods")) || !(values.get("history") instanceof List<?> history)) {
            return;
        }
        for (MeasureStep step : (List<MeasureStep>) history) {
            if (step.charged() && step.percentage() == null) {
                problems.add(new Problem(path, step.line(), "a tariff on all goods gives each step that charges a rate"
                        + " as a whole percentage, e.g. 'rate: \"10%\"'" + (step.rate().isEmpty() ? ""
                        + (step.status().equals("suspended") ? " (for a suspension, the rate still charged)" : "")
                        : ", not '" + step.rate() + "'")));
            } else if (step.charged()) {
                // The chart draws this rate from this day: the source's own words must say both.
                if (!EvidenceWording.statesRate(step.evidence(), step.percentage())) {
                    problems.add(new Problem(path, step.line(), "the evidence does not state the rate " + step.rate()
                            + ": copy the source's words that give it (\"" + step.percentage() + "%\", \""
                            + step.percentage() + " percent\")"));
                }
                if (!EvidenceWording.statesDay(step.evidence(), step.date())) {
                    problems.add(new Problem(path, step.line(), "the evidence does not state the day the rate took"
                            + " effect, " + step.date() + ": copy the source's words that give it (\"" + step.date().getMonth()
                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                            + step.date().getDayOfMonth() + "\" or the like)"));
                }
            }
        }
    }

    private static MeasureStep step(String path, YamlValue.Mapping mapping, List<Problem> problems) {
        int before = problems.size();
        Map<String, Object> values = NamedFields.read(path, mapping, STEP_FIELDS, "a step of 'history'", "a step's",
                problems);
        LocalDate date = (LocalDate) values.get("date");
        LocalDate until = (LocalDate) values.get("until");
        if (date != null && until != null && until.isBefore(date)) {
            problems.add(new Problem(path, mapping.entries().get("until").line(), "'until' (" + until + ") is before the"
                    + " step's date (" + date + "): 'until' is the day the status is set to end"));
        }
        LocalDate announced = (LocalDate) values.get("announced");
        if (date != null && announced != null && announced.isAfter(date)) {
            problems.add(new Problem(path, mapping.entries().get("announced").line(), "'announced' (" + announced
                    + ") is after the step's date (" + date + "): 'date' is the day the step took effect, 'announced'"
                    + " the day it was made known before that"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new MeasureStep(date, announced, (String) values.get("status"), (String) values.getOrDefault("rate", ""), until,
                (String) values.getOrDefault("changed_by", ""), (String) values.get("source"),
                (String) values.get("evidence"), mapping.line());
    }
}
