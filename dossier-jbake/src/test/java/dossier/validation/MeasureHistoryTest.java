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
                + " withdrawn, expired, struck-down, pledged, carried-out, unclear (did you mean 'in-force'?)"),
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
                + " (a step's fields: date, announced, status, rate, until, changed_by, source, evidence)"),
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

    @Test
    void aStepIsNotAnnouncedAfterItTookEffect() {
        assertEquals(List.of(PATH + ":14: 'announced' (2025-06-01) is after the step's date (2025-05-14): 'date' is"
                        + " the day the step took effect, 'announced' the day it was made known before that"),
                problemsWith(MEASURE.replace("    status: suspended", "    announced: 2025-06-01\n    status: suspended")));
    }

    /** A tariff on all goods: line 8 is its 'goods', line 11 its one step. */
    private static final String TARIFF = """
            ---
            title: Tariff on all goods
            side: us
            kind: tariff
            legal_basis: report
            covers: All goods.
            topics: [tariffs]
            goods: all
            history:
              - date: 2025-05-14
                status: suspended
                rate: "10%"
                until: 2025-08-12
                source: report
                evidence: "Cut to 10% for 90 days from May 14, 2025."
            status: published
            ---
            What it is.
            """;

    @Test
    void aTariffOnAllGoodsIsValid() {
        assertEquals(List.of(), problemsWith(TARIFF));
    }

    @Test
    void aTariffSaysWhetherItCoversAllGoodsOrSome() {
        assertEquals(List.of(PATH + ":16: a tariff needs 'goods': add 'goods: all' before this line if it covers all of"
                + " the other side's goods, or 'goods: some' if it covers some products"),
                problemsWith(TARIFF.replace("goods: all\n", "")));
    }

    @Test
    void onlyATariffSaysWhichGoods() {
        assertEquals(List.of(PATH + ":8: 'goods' is for tariffs only: remove the line, or make the kind 'tariff'"),
                problemsWith(TARIFF.replace("kind: tariff", "kind: port-fee")));
    }

    @Test
    void aTariffOnAllGoodsChargesAWholePercentage() {
        assertEquals(List.of(PATH + ":10: a tariff on all goods gives each step that charges a rate as a whole"
                + " percentage, e.g. 'rate: \"10%\"', not 'about 10%'"),
                problemsWith(TARIFF.replace("rate: \"10%\"", "rate: \"about 10%\"")));
    }

    @Test
    void aSuspendedTariffOnAllGoodsGivesTheRateStillCharged() {
        assertEquals(List.of(PATH + ":10: a tariff on all goods gives each step that charges a rate as a whole"
                + " percentage, e.g. 'rate: \"10%\"'"),
                problemsWith(TARIFF.replace("    rate: \"10%\"\n", "").replace("status: suspended", "status: in-force")));
    }

    @Test
    void theEvidenceOfATariffOnAllGoodsStatesItsRate() {
        assertEquals(List.of(PATH + ":10: the evidence does not state the rate 10%: copy the source's words that give"
                + " it (\"10%\", \"10 percent\")"), problemsWith(TARIFF.replace("Cut to 10%", "Cut")));
    }

    @Test
    void theEvidenceOfATariffOnAllGoodsStatesTheDayItTookEffect() {
        assertEquals(List.of(PATH + ":10: the evidence does not state the day the rate took effect, 2025-05-14: copy"
                + " the source's words that give it (\"May 14\" or the like)"),
                problemsWith(TARIFF.replace(" from May 14, 2025", "")));
    }

    /** A commitment: line 9 is its pledge, line 14 its keeping. */
    private static final String COMMITMENT = """
            ---
            title: To suspend the port fees
            side: us
            kind: commitment
            concerns: port-fees
            covers: The port fees.
            topics: [tariffs]
            history:
              - date: 2025-05-12
                status: pledged
                changed_by: geneva
                source: report
                evidence: "The fees will be suspended."
              - date: 2025-05-14
                status: carried-out
                source: report
                evidence: "The fees are suspended."
            status: published
            ---
            What was promised.
            """;

    private static List<String> problemsWithCommitment(String commitment) {
        return new MiniDossier().with("measures/port-fees.md", MEASURE).with("measures/promise.md", commitment)
                .validate().problems().stream().map(Object::toString).toList();
    }

    @Test
    void aCommitmentPledgedAndCarriedOutIsValid() {
        assertEquals(List.of(), problemsWithCommitment(COMMITMENT));
    }

    @Test
    void aCommitmentsStepsSayWhetherItWasKept() {
        assertEquals(List.of("content/measures/promise.md:14: status 'in-force' is for a government measure, not a"
                + " commitment: a commitment's steps are pledged, carried-out, suspended, withdrawn, unclear"),
                problemsWithCommitment(COMMITMENT.replace("status: carried-out", "status: in-force")));
    }

    @Test
    void aMeasuresStepsDoNotSayWhetherAPromiseWasKept() {
        assertEquals(List.of(PATH + ":13: status 'carried-out' is for a commitment, not a government measure: a"
                + " measure's steps are announced, threatened, in-force, suspended, withdrawn, expired, struck-down"),
                problemsWith(MEASURE.replace("status: suspended", "status: carried-out")));
    }

    @Test
    void onlyACommitmentConcernsAMeasure() {
        assertEquals(List.of("content/measures/promise.md:5: 'concerns' is for commitments only: remove the line, or"
                + " make the kind 'commitment'"), problemsWithCommitment(COMMITMENT.replace("kind: commitment", "kind: other")
                .replace("status: pledged", "status: announced").replace("status: carried-out", "status: in-force")));
    }

    @Test
    void aCommitmentConcernsAMeasureThatExists() {
        assertEquals(List.of("content/measures/promise.md:5: unknown measure 'port-fee' (did you mean 'port-fees'?): no"
                + " file content/measures/port-fee.md"), problemsWithCommitment(COMMITMENT.replace("concerns: port-fees",
                "concerns: port-fee")));
    }

    @Test
    void aCommitmentBeginsWithThePromiseAndWhereItWasMade() {
        assertEquals(List.of("content/measures/promise.md:9: a commitment begins with the promise: make its first step"
                + " 'status: pledged' with 'changed_by:' naming the round or event it was made at"),
                problemsWithCommitment(COMMITMENT.replace("    changed_by: geneva\n", "")));
    }
}
