package dossier.model;

import dossier.content.Document;
import dossier.content.MeasureStep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measures computed with: where each one stood on a given day, and which steps each round or
 * event brought about. Nothing here is typed by hand: it is read from the measures' histories.
 */
public final class MeasureRegister {

    /** A step a round or event brought about, with the step before it (null for the first). */
    public record Change(Document measure, MeasureStep step, MeasureStep before) {
    }

    private final List<Document> measures;
    private final Map<String, List<Change>> changesBy = new LinkedHashMap<>();

    MeasureRegister(List<Document> measures) {
        this.measures = measures;
        for (Document measure : measures) {
            MeasureStep before = null;
            for (MeasureStep step : measure.steps("history")) {
                if (!step.changedBy().isEmpty()) {
                    changesBy.computeIfAbsent(step.changedBy(), k -> new ArrayList<>()).add(new Change(measure, step, before));
                }
                before = step;
            }
        }
    }

    public List<Document> measures() {
        return measures;
    }

    /** The step a measure stood at on a day: the last one dated on or before it; empty before its first. */
    public static Optional<MeasureStep> standingOn(Document measure, LocalDate day) {
        MeasureStep standing = null;
        for (MeasureStep step : measure.steps("history")) {
            if (step.date().isAfter(day)) {
                break;
            }
            standing = step;
        }
        return Optional.ofNullable(standing);
    }

    /** The steps a round or event brought about, measure by measure in the register's order. */
    public List<Change> changedBy(String roundOrEventId) {
        return changesBy.getOrDefault(roundOrEventId, List.of());
    }
}
