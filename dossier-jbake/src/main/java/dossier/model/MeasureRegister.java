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
    private final List<Document> commitments;
    private final Map<String, List<Change>> changesBy = new LinkedHashMap<>();
    private final Map<String, List<Document>> pledgedAt = new LinkedHashMap<>();

    MeasureRegister(List<Document> all) {
        this.measures = all.stream().filter(m -> !isCommitment(m)).toList();
        this.commitments = all.stream().filter(MeasureRegister::isCommitment).toList();
        for (Document commitment : commitments) {
            pledgedAt.computeIfAbsent(madeAt(commitment), k -> new ArrayList<>()).add(commitment);
        }
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

    /** The government measures (tariffs, export controls, ...), in the order they began; not the commitments. */
    public List<Document> measures() {
        return measures;
    }

    /** The commitments: promises made at a round, each with whether it was kept. */
    public List<Document> commitments() {
        return commitments;
    }

    public static boolean isCommitment(Document measure) {
        return "commitment".equals(measure.text("kind"));
    }

    /** The round or event a commitment was first pledged at: its first pledged step's changed_by, or "". */
    public static String madeAt(Document commitment) {
        return commitment.steps("history").stream().filter(s -> s.status().equals("pledged"))
                .map(MeasureStep::changedBy).filter(id -> !id.isEmpty()).findFirst().orElse("");
    }

    /** The commitments first pledged at a round or event. */
    public List<Document> pledgedAt(String roundOrEventId) {
        return pledgedAt.getOrDefault(roundOrEventId, List.of());
    }

    /**
     * The step a measure stood at on a day: the last one dated on or before it, except that an announcement or a
     * threat does not replace a step in force or suspended (what applied went on applying until the announced
     * step took effect); empty before its first step.
     */
    public static Optional<MeasureStep> standingOn(Document measure, LocalDate day) {
        MeasureStep standing = null;
        for (MeasureStep step : measure.steps("history")) {
            if (step.date().isAfter(day)) {
                break;
            }
            if (step.effective() || standing == null || !applies(standing)) {
                standing = step;
            }
        }
        return Optional.ofNullable(standing);
    }

    private static boolean applies(MeasureStep step) {
        return step.status().equals("in-force") || step.status().equals("suspended");
    }

    /** The steps a round or event brought about, measure by measure in the register's order. */
    public List<Change> changedBy(String roundOrEventId) {
        return changesBy.getOrDefault(roundOrEventId, List.of());
    }
}
