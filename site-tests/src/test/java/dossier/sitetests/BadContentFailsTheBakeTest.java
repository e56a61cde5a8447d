package dossier.sitetests;

import dossier.jbake.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad content, fed to a real bake (JBake with the project's extension) of a copy of the
 * dossier: the bake fails with a compiler-style message naming the file and line, and writes nothing.
 */
class BadContentFailsTheBakeTest {

    private static final String QUOTE = "content/quotes/bessent-everything-on-the-table.md";
    private static final String ROUND = "content/rounds/geneva.md";
    private static final String TOPIC = "content/topics/tariffs.md";

    @TempDir
    Path temp;

    private ScratchProject project() {
        return ScratchProject.copyOfTheDossier(temp.resolve("project"));
    }

    private void assertBakeFailsWith(ScratchProject project, String expectedProblem) throws Exception {
        Path output = temp.resolve("site");
        InvalidContentException failure = assertThrows(InvalidContentException.class, () -> project.bake(output));
        List<String> problems = failure.problems().stream().map(Object::toString).toList();
        assertTrue(problems.contains(expectedProblem), "expected\n  " + expectedProblem + "\namong\n  "
                + String.join("\n  ", problems));
        assertTrue(failure.getMessage().contains(expectedProblem), failure.getMessage());
        assertEquals(List.of(), ScratchProject.filesIn(output), "a failed bake must write nothing");
    }

    @Test
    void theUnchangedDossierBakes() throws Exception {
        Path output = temp.resolve("site");
        project().bake(output);
        assertTrue(output.resolve("index.html").toFile().isFile());
    }

    @Test
    void aTariffStepCitingAnUnknownSource() throws Exception {
        ScratchProject project = project();
        String measure = "content/measures/us-fentanyl-tariff.md";
        int line = project.replaceLine(measure, "    source: akin-eo-tracker-china-opioid-duties",
                "    source: akin-eo-tracker");
        assertBakeFailsWith(project, measure + ":" + (line - 5) + ": unknown source 'akin-eo-tracker': no file"
                + " content/sources/akin-eo-tracker.md");
    }

    @Test
    void aTariffOnAllGoodsWhoseRateIsNotAFigure() throws Exception {
        ScratchProject project = project();
        String measure = "content/measures/us-fentanyl-tariff.md";
        int line = project.replaceLine(measure, "    rate: \"20%\"", "    rate: \"about 20%\"");
        assertBakeFailsWith(project, measure + ":" + (line - 3) + ": a tariff on all goods gives each step that charges"
                + " a rate as a whole percentage, e.g. 'rate: \"10%\"', not 'about 20%'");
    }

    @Test
    void aTabInTheIndentation() throws Exception {
        ScratchProject project = project();
        int line = project.replaceLine(TOPIC, "sources:", "sources:\n\t- report-2025-10-24") + 1;
        assertBakeFailsWith(project, TOPIC + ":" + line + ": a tab in the indentation: indent with spaces, not tabs"
                + " (YAML does not allow tabs)");
    }

    @Test
    void aStraightQuoteMarkInsideADoubleQuotedValue() throws Exception {
        ScratchProject project = project();
        int line = project.replaceLine(TOPIC, "title:", "title: \"Tariffs, the \"duties\" on imports\"");
        assertBakeFailsWith(project, TOPIC + ":" + line + ": a straight quote mark (\") inside the double-quoted value"
                + " of 'title' ends the value early: put single quotes around the value instead, or write the inner"
                + " quote mark as \\\", or use curly quotes “ ”");
    }

    @Test
    void aFrontMatterNeverClosed() throws Exception {
        ScratchProject project = project();
        String text = project.read(TOPIC);
        int fence = text.indexOf("\n---\n", 4);
        project.write(TOPIC, text.substring(0, fence + 1) + text.substring(fence + 5));
        int line = (int) text.substring(0, fence + 1).lines().count() + 1;
        assertBakeFailsWith(project, TOPIC + ":" + line + ": front matter is not closed: add a line '---' here, after"
                + " the last field and before the body");
    }

    @Test
    void anActorThatNothingInTheStoryNames() throws Exception {
        ScratchProject project = project();
        String actor = "content/actors/new-person.md";
        String text = StarterFilesTest.filledIn(java.nio.file.Files.readString(BakedSite.PROJECT.resolve("starters/actor.md")))
                .replaceFirst("(?m)^delegation:.*\n", "");
        project.write(actor, text);
        int line = text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith("name:")).findFirst().orElseThrow()) + 1;
        assertBakeFailsWith(project, actor + ":" + line + ": no round, event or quote names this actor, so nothing in"
                + " the story leads to its page: name it in a round's delegations, an event's actors or a quote's"
                + " speaker, or keep it a draft (status: draft) until one does");
    }

    @Test
    void aStarterSavedWithItsPlaceholders() throws Exception {
        ScratchProject project = project();
        String quote = "content/quotes/new-quote.md";
        project.write(quote, java.nio.file.Files.readString(BakedSite.PROJECT.resolve("starters/quote.md")));
        int line = project.replaceLine(quote, "text:", "text: \"Replace with the words exactly as the source prints them\"");
        assertBakeFailsWith(project, quote + ":" + line + ": 'text' still holds the starter's placeholder ('Replace"
                + " with the words exactly as the source prints them'): write the real value, or delete the line if the"
                + " field is optional");
    }

    // ---- nothing but Markdown in a body ----

    private static final String WRITE_IT_IN_MARKDOWN = "): write it in Markdown (**bold**, *italic*,"
            + " [text](https://...)); the site writes all the markup";

    @Test
    void anHtmlBlockInABody() throws Exception {
        ScratchProject project = project();
        int line = project.appendParagraph(QUOTE, "<div class=\"box\">Boxed</div>");
        assertBakeFailsWith(project, QUOTE + ":" + line + ": HTML is not allowed in the text ('<div class=\"box\">Boxed</div>'"
                + WRITE_IT_IN_MARKDOWN);
    }

    @Test
    void anInlineTagInABody() throws Exception {
        ScratchProject project = project();
        int line = project.appendParagraph(ROUND, "Both sides spoke of <b>progress</b>.");
        assertBakeFailsWith(project, ROUND + ":" + line + ": HTML is not allowed in the text ('<b>'" + WRITE_IT_IN_MARKDOWN);
    }

    @Test
    void anEventHandlerAttributeInABody() throws Exception {
        ScratchProject project = project();
        int line = project.appendParagraph(TOPIC, "<img src=\"x.png\" onerror=\"alert(1)\">");
        assertBakeFailsWith(project, TOPIC + ":" + line + ": HTML is not allowed in the text"
                + " ('<img src=\"x.png\" onerror=\"alert(1)\">'" + WRITE_IT_IN_MARKDOWN);
    }

    @Test
    void anHtmlCommentInABody() throws Exception {
        ScratchProject project = project();
        int line = project.appendParagraph(TOPIC, "<!-- check this figure -->");
        assertBakeFailsWith(project, TOPIC + ":" + line + ": HTML is not allowed in the text ('<!-- check this figure -->'"
                + WRITE_IT_IN_MARKDOWN + ", and a note for editors belongs in the pull request");
    }

    @Test
    void aJavaScriptLinkInABody() throws Exception {
        ScratchProject project = project();
        int line = project.appendParagraph(QUOTE, "See [the statement](javascript:alert(1)).");
        assertBakeFailsWith(project, QUOTE + ":" + line + ": a link to a 'javascript:' address is not allowed"
                + " ('[the statement](javascript:alert(1))'): link to a web page (https://...) or to a page of the dossier");
    }

    @Test
    void aJavaScriptAutolinkInABody() throws Exception {
        ScratchProject project = project();
        int line = project.appendParagraph(QUOTE, "<javascript:alert(1)>");
        assertBakeFailsWith(project, QUOTE + ":" + line + ": a link to a 'javascript:' address is not allowed"
                + " ('<javascript:alert(1)>'): link to a web page (https://...) or to a page of the dossier");
    }

    @Test
    void aDataImageInABody() throws Exception {
        ScratchProject project = project();
        int line = project.appendParagraph(ROUND, "![map](data:image/svg+xml;base64,PHN2Zz4=)");
        assertBakeFailsWith(project, ROUND + ":" + line + ": a link to a 'data:' address is not allowed"
                + " ('![map](data:image/svg+xml;base64,PHN2Zz4=)'): link to a web page (https://...) or to a page of the dossier");
    }

    @Test
    void markupInsideCodeIsTextAndBakes() throws Exception {
        ScratchProject project = project();
        project.appendParagraph(TOPIC, "The order's annex writes `<b>` where the text is bold.");
        Path output = temp.resolve("site");
        project.bake(output);
        assertTrue(java.nio.file.Files.readString(output.resolve("topics/tariffs.html")).contains("<code>&lt;b&gt;</code>"));
    }

    @Test
    void anUnknownSpeaker() throws Exception {
        ScratchProject project = project();
        int line = project.replaceLine(QUOTE, "speaker:", "speaker: bessant");
        assertBakeFailsWith(project, QUOTE + ":" + line + ": unknown speaker 'bessant' (did you mean 'bessent'?):"
                + " no file content/actors/bessant.md");
    }

    @Test
    void aMisspelledFieldName() throws Exception {
        ScratchProject project = project();
        int line = project.replaceLine(QUOTE, "speaker:", "speeker: bessent");
        assertBakeFailsWith(project, QUOTE + ":" + line + ": unknown field 'speeker' for a quote"
                + " (did you mean 'speaker'?)");
    }

    @Test
    void aMissingRequiredField() throws Exception {
        ScratchProject project = project();
        project.replaceLine(QUOTE, "setting:", "");
        assertBakeFailsWith(project, QUOTE + ":" + project.closingFenceLine(QUOTE)
                + ": missing required field 'setting' for a quote: add a line like"
                + " 'setting: Interview on Fox Business' before this line");
    }

    @Test
    void aDateNotInIsoForm() throws Exception {
        ScratchProject project = project();
        int line = project.replaceLine(ROUND, "date:", "date: May 10th");
        assertBakeFailsWith(project, ROUND + ":" + line + ": 'date' must be a date written YYYY-MM-DD,"
                + " e.g. 2025-05-10, not 'May 10th'");
    }

    @Test
    void aDateThatDoesNotExist() throws Exception {
        ScratchProject project = project();
        int line = project.replaceLine(ROUND, "date:", "date: 2024-13-45");
        assertBakeFailsWith(project, ROUND + ":" + line + ": 'date' is 2024-13-45, a date that does not exist:"
                + " check the month (01-12) and the day");
    }

    @Test
    void anEndBeforeTheStart() throws Exception {
        ScratchProject project = project();
        project.replaceLine(ROUND, "date:", "date: 2025-05-10");
        int line = project.replaceLine(ROUND, "end_date:", "end_date: 2025-05-01");
        assertBakeFailsWith(project, ROUND + ":" + line + ": end_date 2025-05-01 is before date 2025-05-10:"
                + " swap them, or fix the one that is wrong");
    }

    @Test
    void anUnknownTopicInAList() throws Exception {
        ScratchProject project = project();
        int line = project.replaceLine(ROUND, "topics:", "topics: [tarifs]");
        assertBakeFailsWith(project, ROUND + ":" + line + ": unknown topic 'tarifs' (did you mean 'tariffs'?):"
                + " no file content/topics/tarifs.md");
    }

    @Test
    void twoDocumentsWithOneId() throws Exception {
        ScratchProject project = project();
        project.write("content/topics/geneva.md", project.read(TOPIC));
        assertBakeFailsWith(project, "content/topics/geneva.md:1: id 'geneva' is already used by " + ROUND
                + ": ids are unique across the dossier, so rename one of the files");
    }

    @Test
    void aStatusTypo() throws Exception {
        ScratchProject project = project();
        int line = project.replaceLine(TOPIC, "status:", "status: publish");
        assertBakeFailsWith(project, TOPIC + ":" + line + ": status 'publish' is not one of published, draft"
                + " (did you mean 'published'?)");
    }

    @Test
    void aFileInAnUnknownFolder() throws Exception {
        ScratchProject project = project();
        project.write("content/quote/new-quote.md", project.read(QUOTE));
        assertBakeFailsWith(project, "content/quote/new-quote.md:1: unknown folder 'quote' (did you mean 'quotes'?):"
                + " content files belong in one of rounds/, actors/, topics/, events/, quotes/, sources/, corrections/,"
                + " measures/, readouts/");
    }

    @Test
    void aFileThatIsNotMarkdown() throws Exception {
        ScratchProject project = project();
        project.write("content/quotes/new-quote.markdown", project.read(QUOTE));
        assertBakeFailsWith(project, "content/quotes/new-quote.markdown:1: only Markdown files ending in .md are"
                + " content: rename it to new-quote.md, or move it out of content/");
    }

    @Test
    void aJBakeStyleHeaderInsteadOfFrontMatter() throws Exception {
        ScratchProject project = project();
        project.write("content/topics/trade.md", "title=Trade\nstatus=published\ntype=topic\n~~~~~~\nText.\n");
        assertBakeFailsWith(project, "content/topics/trade.md:1: JBake's 'key=value ... ~~~~~~' header is not used"
                + " here: write the fields as YAML ('key: value') between a line '---' at the top and another '---'"
                + " below them");
    }

    @Test
    void aLinkToADraft() throws Exception {
        ScratchProject project = project();
        project.replaceLine("content/actors/bessent.md", "status:", "status: draft");
        int line = project.replaceLine(QUOTE, "speaker:", "speaker: bessent");
        assertBakeFailsWith(project, QUOTE + ":" + line + ": speaker 'bessent' is a draft and will not be published,"
                + " so the link would be broken: publish content/actors/bessent.md or remove 'bessent' from 'speaker'");
    }

    @Test
    void everyProblemIsReportedInOneBake() throws Exception {
        ScratchProject project = project();
        int speakerLine = project.replaceLine(QUOTE, "speaker:", "speaker: bessant");
        int statusLine = project.replaceLine(TOPIC, "status:", "status: publish");
        Path output = temp.resolve("site");
        InvalidContentException failure = assertThrows(InvalidContentException.class, () -> project.bake(output));
        assertEquals(List.of(QUOTE + ":" + speakerLine, TOPIC + ":" + statusLine), failure.problems().stream()
                .map(p -> p.file() + ":" + p.line()).toList());
        assertTrue(failure.getMessage().startsWith("The dossier was not baked: 2 problems in content/"),
                failure.getMessage());
    }
}
