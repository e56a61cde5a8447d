package dossier.validation;

import dossier.content.Problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentValidatorTest {

    private static List<String> problems(MiniDossier dossier) {
        return dossier.validate().problems().stream().map(Problem::toString).toList();
    }

    private static void assertOnlyProblem(String expected, MiniDossier dossier) {
        assertEquals(List.of(expected), problems(dossier));
    }

    @Test
    void aValidDossierHasNoProblems() {
        ContentValidator.Outcome outcome = new MiniDossier().validate();
        assertEquals(List.of(), outcome.problems());
        assertEquals(6, outcome.documents().size());
    }

    @Test
    void anUnknownSpeakerIsReportedWithTheNearestId() {
        assertOnlyProblem("content/quotes/everything.md:2: unknown speaker 'bessant' (did you mean 'bessent'?):"
                        + " no file content/actors/bessant.md",
                new MiniDossier().edit("quotes/everything.md", "speaker: bessent", "speaker: bessant"));
    }

    @Test
    void anIdOfTheWrongTypeIsReported() {
        assertOnlyProblem("content/quotes/everything.md:2: speaker 'tariffs' is a topic, not an actor"
                        + " (content/topics/tariffs.md)",
                new MiniDossier().edit("quotes/everything.md", "speaker: bessent", "speaker: tariffs"));
    }

    @Test
    void anUnknownIdInAListIsReportedOnItsOwnLine() {
        assertOnlyProblem("content/rounds/geneva.md:12: unknown actor 'he-lifang' (did you mean 'he-lifeng'?):"
                        + " no file content/actors/he-lifang.md",
                new MiniDossier().edit("rounds/geneva.md", "china: [he-lifeng]", "china:\n  - he-lifang"));
    }

    @Test
    void aMisspelledFieldIsAnErrorNotIgnored() {
        List<String> found = problems(new MiniDossier().edit("quotes/everything.md", "speaker:", "speeker:"));
        assertTrue(found.contains("content/quotes/everything.md:2: unknown field 'speeker' for a quote"
                + " (did you mean 'speaker'?)"), found.toString());
        assertTrue(found.contains("content/quotes/everything.md:12: missing required field 'speaker' for a quote:"
                + " add a line like 'speaker: bessent' before this line"), found.toString());
    }

    @Test
    void aTypeFieldIsRefusedBecauseTheFolderDecides() {
        assertOnlyProblem("content/topics/tariffs.md:2: unknown field 'type': the folder decides the type"
                        + " (this file is a topic): remove the line",
                new MiniDossier().edit("topics/tariffs.md", "---\n", "---\ntype: topic\n"));
    }

    @Test
    void aDateMustBeWrittenInIsoForm() {
        assertOnlyProblem("content/rounds/geneva.md:5: 'date' must be a date written YYYY-MM-DD, e.g. 2025-05-10,"
                        + " not 'May 10th'",
                new MiniDossier().edit("rounds/geneva.md", "date: 2025-05-10", "date: May 10th"));
    }

    @Test
    void aDateMustExist() {
        assertOnlyProblem("content/rounds/geneva.md:5: 'date' is 2024-13-45, a date that does not exist:"
                        + " check the month (01-12) and the day",
                new MiniDossier().edit("rounds/geneva.md", "date: 2025-05-10", "date: 2024-13-45"));
    }

    @Test
    void anEndDateMayNotComeBeforeTheStart() {
        assertOnlyProblem("content/rounds/geneva.md:6: end_date 2025-05-09 is before date 2025-05-10: swap them,"
                        + " or fix the one that is wrong",
                new MiniDossier().edit("rounds/geneva.md", "end_date: 2025-05-11", "end_date: 2025-05-09"));
    }

    @Test
    void aStatusMustBePublishedOrDraft() {
        assertOnlyProblem("content/topics/tariffs.md:4: status 'publish' is not one of published, draft"
                        + " (did you mean 'published'?)",
                new MiniDossier().edit("topics/tariffs.md", "status: published", "status: publish"));
    }

    @Test
    void aMissingStatusIsReportedAtTheEndOfTheFrontMatter() {
        assertOnlyProblem("content/topics/tariffs.md:5: missing required field 'status' for a topic:"
                        + " add a line like 'status: published' before this line",
                new MiniDossier().edit("topics/tariffs.md", "status: published\n", ""));
    }

    @Test
    void twoDocumentsMayNotShareAnId() {
        assertOnlyProblem("content/topics/geneva.md:1: id 'geneva' is already used by content/rounds/geneva.md:"
                        + " ids are unique across the dossier, so rename one of the files",
                new MiniDossier().with("topics/geneva.md", "---\ntitle: Geneva\nsummary: A city.\nstatus: published\n"
                        + "sources: [report]\n---\n"));
    }

    @Test
    void aPublishedPageMayNotLinkToADraft() {
        assertOnlyProblem("content/quotes/everything.md:10: topic 'tariffs' is a draft and will not be published,"
                        + " so the link would be broken: publish content/topics/tariffs.md or remove 'tariffs'"
                        + " from 'topics'",
                new MiniDossier().edit("topics/tariffs.md", "status: published", "status: draft")
                        .with("topics/trade.md", "---\ntitle: Trade\nsummary: All of it.\nstatus: published\n"
                                + "sources: [report]\n---\n")
                        .edit("rounds/geneva.md", "topics: [tariffs]", "topics: [trade]"));
    }

    @Test
    void aFragmentNeedsItsContext() {
        assertOnlyProblem("content/quotes/everything.md:3: a fragment needs 'context': the reported speech"
                        + " around the quoted words, in your own words",
                new MiniDossier().edit("quotes/everything.md", "kind: statement", "kind: fragment"));
    }

    @Test
    void aRoundNeedsBothSidesOfTheTalks() {
        assertOnlyProblem("content/rounds/geneva.md:9: 'delegations' has no 'china' side: add 'china: [actor ids]'",
                new MiniDossier().edit("rounds/geneva.md", "  china: [he-lifeng]\n", ""));
    }

    @Test
    void aSideMayBeEmptyWhereTheSourcesNameNoNegotiator() {
        // He Lifeng, then named by nothing, waits as a draft.
        assertEquals(List.of(), problems(new MiniDossier().edit("rounds/geneva.md", "china: [he-lifeng]", "china: []")
                .edit("actors/he-lifeng.md", "status: published", "status: draft")));
    }

    @Test
    void anActorThatNoRoundEventOrQuoteNamesIsReportedWithWhatToDo() {
        assertOnlyProblem("content/actors/he-lifeng.md:2: no round, event or quote names this actor, so nothing in the"
                        + " story leads to its page: name it in a round's delegations, an event's actors or a quote's"
                        + " speaker, or keep it a draft (status: draft) until one does",
                new MiniDossier().edit("rounds/geneva.md", "china: [he-lifeng]", "china: []"));
    }

    @Test
    void aTopicThatNoRoundEventOrQuoteListsIsReported() {
        List<String> found = problems(new MiniDossier().with("topics/soybeans.md", """
                ---
                title: Soybeans
                summary: China's purchases of US soybeans.
                status: published
                sources: [report]
                ---
                """));
        assertEquals(List.of("content/topics/soybeans.md:2: no round, event or quote names this topic, so nothing in"
                + " the story leads to its page: list it in the topics of a round, an event or a quote, or keep it a draft"
                + " (status: draft) until one does"), found);
    }

    @Test
    void filesOutsideTheTypeFoldersAreReportedNotSkipped() {
        assertOnlyProblem("content/quote/x.md:1: unknown folder 'quote' (did you mean 'quotes'?): content files"
                        + " belong in one of rounds/, actors/, topics/, events/, quotes/, sources/, corrections/, measures/, readouts/",
                new MiniDossier().with("quote/x.md", "---\n---\n"));
        assertOnlyProblem("content/quotes/x.markdown:1: only Markdown files ending in .md are content:"
                        + " rename it to x.md, or move it out of content/",
                new MiniDossier().with("quotes/x.markdown", "---\n---\n"));
    }

    @Test
    void aFileNameMustBeAUsableId() {
        List<String> found = problems(new MiniDossier().with("topics/Rare Earths.md",
                "---\ntitle: Rare earths\nsummary: Minerals.\nstatus: published\nsources: [report]\n---\n"));
        assertEquals(List.of("content/topics/Rare Earths.md:1: file name 'Rare Earths.md' is not a usable id:"
                + " use lower-case letters, digits and '-', e.g. rare-earths.md"), found);
    }

    @Test
    void everyProblemIsReportedInOneRunSortedByFileAndLine() {
        List<String> found = problems(new MiniDossier()
                .edit("quotes/everything.md", "speaker: bessent", "speaker: bessant")
                .edit("rounds/geneva.md", "date: 2025-05-10", "date: 2025-02-30")
                .edit("topics/tariffs.md", "status: published", "status: publish"));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("content/quotes/everything.md:2:"), found.toString());
        assertTrue(found.get(1).startsWith("content/rounds/geneva.md:5:"), found.toString());
        assertTrue(found.get(2).startsWith("content/topics/tariffs.md:4:"), found.toString());
    }

    @Test
    void aReferenceToABrokenFileIsNotASecondError() {
        List<String> found = problems(new MiniDossier().edit("actors/bessent.md", "side: us", "side: usa"));
        assertEquals(List.of("content/actors/bessent.md:4: side 'usa' is not one of us, china, other"
                + " (did you mean 'us'?)"), found);
    }

    @Test
    void aSourceWithoutADateIsReported() {
        assertOnlyProblem("content/sources/report.md:8: missing required field 'date' for a source: add a line like"
                        + " 'date: 2025-05-10' before this line (only a source of kind public-record, which names no"
                        + " document, has no date)",
                new MiniDossier().edit("sources/report.md", "date: 2025-10-24\n", ""));
    }

    @Test
    void aPublicRecordNeedsNoDate() {
        assertEquals(List.of(), problems(new MiniDossier().with("sources/offices.md",
                "---\ntitle: Offices held\npublisher: Public record\nkind: public-record\nstatus: published\n---\n")));
    }

    @Test
    void aDelegationMemberWithoutRecordedRoundsIsValid() {
        assertEquals(List.of(), problems(new MiniDossier().with("actors/li-chenggang.md",
                "---\nname: Li Chenggang\nrole: Vice Minister\nside: china\nkind: person\ndelegation: member\n"
                        + "status: published\nsources: [report]\n---\n")));
    }

    @Test
    void aDelegationMemberNamedByARoundIsReported() {
        assertOnlyProblem("content/actors/he-lifeng.md:6: 'delegation: member' means no round records this person,"
                        + " but content/rounds/geneva.md lists 'he-lifeng' in its delegations: remove this line, and"
                        + " list them in the delegations of every round a source names",
                new MiniDossier().edit("actors/he-lifeng.md", "kind: person\n", "kind: person\ndelegation: member\n"));
    }

    @Test
    void aDelegationMemberMustBeOnASideOfTheTalks() {
        assertOnlyProblem("content/actors/anwar.md:6: 'delegation: member' is for someone on one side of the talks,"
                        + " but side is 'other': set side to us or china, or remove the line",
                new MiniDossier().with("actors/anwar.md", "---\nname: Anwar Ibrahim\nrole: Prime Minister\n"
                        + "side: other\nkind: person\ndelegation: member\nstatus: published\nsources: [report]\n---\n"));
    }

    @Test
    void anEventDatedToAMonthIsWrittenWithTheMonthsFirstDay() {
        assertOnlyProblem("content/events/halt.md:3: 'date_precision: month' needs the month's first day: write"
                        + " 'date: 2025-05-01', or remove 'date_precision' if the record gives the day",
                new MiniDossier().with("events/halt.md", "---\ntitle: Purchases halted\ndate: 2025-05-14\n"
                        + "date_precision: month\ntopics: [tariffs]\nstatus: published\nsources: [report]\n---\n"));
    }

    @Test
    void anEventDatedToAMonthHasNoEndDate() {
        assertOnlyProblem("content/events/halt.md:4: an event dated only to a month has no end_date: remove the line",
                new MiniDossier().with("events/halt.md", "---\ntitle: Purchases halted\ndate: 2025-05-01\n"
                        + "end_date: 2025-05-31\ndate_precision: month\ntopics: [tariffs]\nstatus: published\n"
                        + "sources: [report]\n---\n"));
    }
}
