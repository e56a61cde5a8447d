package dossier.validation;

import dossier.content.Problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules that let a reader open every source: one test per rule, with its exact message. */
class SourceAddressRulesTest {

    private static void assertOnlyProblem(String expected, MiniDossier dossier) {
        assertEquals(List.of(expected), dossier.validate().problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aSourceWithNeitherAnAddressNorAReasonIsRefused() {
        assertOnlyProblem("content/sources/report.md:7: a source needs the address of the document as you read it:"
                        + " add 'url: https://...' and 'accessed: YYYY-MM-DD' before this line, or, where there is no"
                        + " address, 'no_url: \"why\"'",
                new MiniDossier().edit("sources/report.md", "url: https://news.example.com/report\naccessed: 2026-11-30\n", "")
                        .with("sources/order.md", ORDER).edit("rounds/geneva.md", "sources: [report]", "sources: [order]"));
    }

    @Test
    void anAddressMustBeAbsoluteHttp() {
        assertOnlyProblem("content/sources/report.md:6: 'url' must be an absolute http(s) address, not"
                        + " 'www.example.com/report': copy the address exactly as the browser shows it, e.g."
                        + " 'url: https://www.example.gov/page'",
                new MiniDossier().edit("sources/report.md", "https://news.example.com/report", "www.example.com/report"));
        assertOnlyProblem("content/sources/report.md:6: 'url' must be an absolute http(s) address, not"
                        + " 'ftp://example.com/report': copy the address exactly as the browser shows it, e.g."
                        + " 'url: https://www.example.gov/page'",
                new MiniDossier().edit("sources/report.md", "https://news.example.com/report", "ftp://example.com/report"));
    }

    @Test
    void anAddressMustBeAValidUri() {
        assertOnlyProblem("content/sources/report.md:6: 'url' is not a valid address (Illegal character in path"
                        + " at character 29): copy the address exactly as the browser shows it, e.g."
                        + " 'url: https://www.example.gov/page'",
                new MiniDossier().edit("sources/report.md", "https://news.example.com/report",
                        "https://news.example.com/the report"));
    }

    @Test
    void anAddressNeedsTheDayItWasRead() {
        assertOnlyProblem("content/sources/report.md:8: missing 'accessed': add the day you read the page at 'url',"
                        + " e.g. 'accessed: 2026-11-30', before this line",
                new MiniDossier().edit("sources/report.md", "accessed: 2026-11-30\n", ""));
    }

    @Test
    void aSourceCannotHaveBeenReadAfterTheBake() {
        assertOnlyProblem("content/sources/report.md:7: 'accessed' is 2026-12-01, after the day of this bake"
                        + " (2026-11-30): write the day you read the page",
                new MiniDossier().edit("sources/report.md", "accessed: 2026-11-30", "accessed: 2026-12-01"));
    }

    @Test
    void theDayItWasReadMustBeARealDate() {
        assertOnlyProblem("content/sources/report.md:7: 'accessed' is 2026-02-30, a date that does not exist:"
                        + " check the month (01-12) and the day",
                new MiniDossier().edit("sources/report.md", "accessed: 2026-11-30", "accessed: 2026-02-30"));
    }

    @Test
    void anAddressAndAReasonForHavingNoneContradictEachOther() {
        assertOnlyProblem("content/sources/report.md:8: a source with a 'url' needs no 'no_url': remove the line",
                new MiniDossier().edit("sources/report.md", "status: published", "no_url: No outlet.\nstatus: published"));
    }

    @Test
    void aSourceWithoutAnAddressHasNoAccessDayOrArchive() {
        MiniDossier dossier = new MiniDossier().with("sources/order.md", ORDER)
                .edit("sources/report.md", "url: https://news.example.com/report\n",
                        "no_url: The report names no outlet.\narchive_url: https://archive.example.org/x\n");
        assertEquals(List.of(
                        "content/sources/report.md:7: 'archive_url' is an archived copy of the page at 'url', but this"
                                + " source has no 'url': add the url you read, or remove the line",
                        "content/sources/report.md:8: 'accessed' is the day the page at 'url' was read, but this source"
                                + " has no 'url': add the url, or remove the line"),
                dossier.validate().problems().stream().map(Problem::toString).toList());
    }

    @Test
    void everyRoundCitesASourceWithAnAddress() {
        assertOnlyProblem("content/rounds/geneva.md:15: none of the sources of a round has a 'url': cite at least one"
                        + " document a reader can open (a source file with 'url' and 'accessed')",
                new MiniDossier().edit("sources/report.md", "url: https://news.example.com/report\naccessed: 2026-11-30\n",
                        "no_url: The report names no outlet.\n"));
    }

    @Test
    void aRoundCitingOneAddressedSourceIsEnough() {
        MiniDossier dossier = new MiniDossier().with("sources/order.md", ORDER)
                .edit("sources/report.md", "url: https://news.example.com/report\naccessed: 2026-11-30\n",
                        "no_url: The report names no outlet.\n")
                .edit("rounds/geneva.md", "sources: [report]", "sources: [report, order]");
        assertEquals(List.of(), dossier.validate().problems());
    }

    private static final String ORDER = """
            ---
            title: An executive order
            publisher: The White House
            date: 2025-05-12
            kind: executive-order
            url: https://www.example.gov/order
            accessed: 2026-11-30
            status: published
            ---
            The order.
            """;
}
