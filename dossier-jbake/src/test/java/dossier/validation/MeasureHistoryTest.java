package dossier.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A measure's history, one test per rule, each with its exact message on the step's own line. */
public class MeasureHistoryTest {

    /** A valid measure: line 9 is its first step, line 13 its second. */
    public static final String MEASURE = """
            ---
            title: Port fees on ships
            side: us
            kind: port-fee
            legal_basis: report
            covers: Ships built in China.
            topics: [tariffs]
            history:
              - date: 2025-04-17
                status: announced
                source: report
                evidence: "The fees will start in October."
              - date: 2025-05-14
                status: suspended
                until: 2026-11-10
                changed_by: geneva
                source: report
                evidence: "The fees are suspended."
            status: published
            ---
            What it is.
            """;

    private static final String PATH = "content/measures/port-fees.md";

    private static List<String> problemsWith(String measure) {
        return new MiniDossier().with("measures/port-fees.md", measure).validate().problems().stream()
                .map(Object::toString).toList();
    }

    @Test
    void aMeasureWithASourcedHistoryIsValid() {
        assertEquals(List.of(), problemsWith(MEASURE));
    }

    @Test
    void aHistoryMustBeAListOfSteps() {
        assertEquals(List.of(PATH + ":8: 'history' must list the measure's steps in date order, each beginning"
                        + " '- date:', e.g. '- {date: 2025-04-04, status: in-force, source: ..., evidence: \"...\"}'"),
                problemsWith(MEASURE.replaceAll("(?s)history:.*?status: published", "history: in force\nstatus: published")));
    }

    @Test
    void aStatusMustBeOneOfTheList() {
        assertEquals(List.of(PATH + ":10: status 'inforce' is not one of announced, threatened, in-force, suspended,"
                + " withdrawn, expired, struck-down (did you mean 'in-force'?)"),
                problemsWith(MEASURE.replace("status: announced", "status: inforce")));
    }

    @Test
    void aStepNeedsASourceAndTheSourcesOwnWords() {
        assertEquals(List.of(PATH + ":9: a step of 'history' has no 'evidence': add 'evidence: \"the source's own"
                + " words for this step\"'"), problemsWith(MEASURE.replace("    evidence: \"The fees will start in October.\"\n", "")));
    }

    @Test
    void anUnknownFieldInAStepIsNamedWithTheFieldsAStepHas() {
        assertEquals(List.of(PATH + ":11: unknown field 'sourc' in a step of 'history' (did you mean 'source'?)"
                + " (a step's fields: date, status, rate, until, changed_by, source, evidence)"),
                problemsWith(MEASURE.replaceFirst("source: report\n    evidence: \"The fees will", "sourc: report\n    evidence: \"The fees will")
                        .replaceFirst("\n    sourc: report", "\n    sourc: report\n    source: report")));
    }

    @Test
    void stepsComeInDateOrder() {
        assertEquals(List.of(PATH + ":13: the steps of 'history' must be in date order: this step (2025-03-01)"
                        + " comes after one dated 2025-04-17 (line 9): move it up"),
                problemsWith(MEASURE.replace("date: 2025-05-14", "date: 2025-03-01")));
    }

    @Test
    void aSuspensionDoesNotEndBeforeItBegins() {
        assertEquals(List.of(PATH + ":15: 'until' (2025-01-01) is before the step's date (2025-05-14): 'until' is"
                + " the day the status is set to end"), problemsWith(MEASURE.replace("until: 2026-11-10", "until: 2025-01-01")));
    }

    @Test
    void aStepsSourceMustExist() {
        assertEquals(List.of(PATH + ":9: unknown source 'reprot' (did you mean 'report'?): no file content/sources/reprot.md"),
                problemsWith(MEASURE.replaceFirst("source: report", "source: reprot")));
    }

    @Test
    void aStepIsChangedByARoundOrAnEventNotAnythingElse() {
        assertEquals(List.of(PATH + ":13: changed_by 'tariffs' is a topic, not a round or an event"
                + " (content/topics/tariffs.md)"), problemsWith(MEASURE.replace("changed_by: geneva", "changed_by: tariffs")));
    }
}
