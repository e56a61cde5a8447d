package dossier.content;

import dossier.content.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    private static SourceFile file(String text) {
        return new SourceFile("content/quotes/x.md", "quotes/x.md", Path.of("x.md"), text);
    }

    private static String onlyProblem(FrontMatterParser.Result result) {
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0).toString();
    }

    @Test
    void readsFieldsWithTheLinesTheyAreWrittenOn() {
        FrontMatterParser.Result result = parser.parse(file("---\nspeaker: bessent\ntopics:\n  - tariffs\n  - tiktok\n---\nBody *text*\n"));
        assertTrue(result.ok());
        FrontMatter frontMatter = result.frontMatter();
        assertEquals(2, frontMatter.fields().get("speaker").line());
        assertEquals("bessent", ((YamlValue.Scalar) frontMatter.fields().get("speaker").value()).text());
        YamlValue.Sequence topics = assertInstanceOf(YamlValue.Sequence.class, frontMatter.fields().get("topics").value());
        assertEquals(5, topics.items().get(1).line());
        assertEquals("Body *text*\n", frontMatter.body());
        assertEquals(6, frontMatter.closingLine());
    }

    @Test
    void keepsDatesAndNumbersAsTheTextTheContributorWrote() {
        FrontMatter frontMatter = parser.parse(file("---\ndate: 2025-05-10\nnumber: 01\nflag: no\n---\n")).frontMatter();
        assertEquals("2025-05-10", ((YamlValue.Scalar) frontMatter.fields().get("date").value()).text());
        assertEquals("01", ((YamlValue.Scalar) frontMatter.fields().get("number").value()).text());
        assertEquals("no", ((YamlValue.Scalar) frontMatter.fields().get("flag").value()).text());
    }

    @Test
    void aFileWithoutFrontMatterIsReportedOnLineOne() {
        assertEquals("content/quotes/x.md:1: the file must begin with front matter: a line '---', the fields as"
                + " 'key: value' lines, and another line '---'", onlyProblem(parser.parse(file("Just text\n"))));
    }

    @Test
    void aJBakeStyleHeaderGetsAHintToWriteYaml() {
        String message = onlyProblem(parser.parse(file("title=Geneva\nstatus=published\n~~~~~~\nBody\n")));
        assertTrue(message.startsWith("content/quotes/x.md:1: JBake's 'key=value ... ~~~~~~' header is not used here"),
                message);
    }

    @Test
    void anUnclosedFrontMatterIsReportedWhereTheClosingLineBelongs() {
        assertEquals("content/quotes/x.md:4: front matter is not closed: add a line '---' here, after the last field"
                        + " and before the body",
                onlyProblem(parser.parse(file("---\nspeaker: bessent\nkind: statement\n\nThe body begins.\n"))));
    }

    @Test
    void aTabInTheIndentationIsToldToBeSpaces() {
        assertEquals("content/quotes/x.md:4: a tab in the indentation: indent with spaces, not tabs (YAML does not"
                + " allow tabs)", onlyProblem(parser.parse(file("---\nspeaker: bessent\ntopics:\n\t- tariffs\n---\n"))));
    }

    @Test
    void aQuoteMarkInsideADoubleQuotedValueIsNamedWithItsFix() {
        assertEquals("content/quotes/x.md:3: a straight quote mark (\") inside the double-quoted value of 'text' ends"
                        + " the value early: put single quotes around the value instead, or write the inner quote mark"
                        + " as \\\", or use curly quotes “ ”",
                onlyProblem(parser.parse(file("---\nspeaker: bessent\ntext: \"He said \"yes\" today\"\n---\n"))));
    }

    @Test
    void anEscapedQuoteMarkOrACommentAfterTheValueIsFine() {
        assertTrue(parser.parse(file("---\ntext: \"He said \\\"yes\\\" today\"  # a note\n---\n")).ok());
    }

    @Test
    void theHintAboutColonsIsGivenOnlyForAColon() {
        String colon = onlyProblem(parser.parse(file("---\ntitle: Geneva: the talks\n---\n")));
        assertTrue(colon.contains("need \"double quotes\""), colon);
        String other = onlyProblem(parser.parse(file("---\nspeaker: bessent\ntext: \"unclosed\nkind: statement\n---\n")));
        assertFalse(other.contains("double quotes"), other);
    }

    @Test
    void aYamlSyntaxErrorIsReportedOnItsLineInTheFile() {
        FrontMatterParser.Result result = parser.parse(file("---\nspeaker: bessent\ntext: \"unclosed\nkind: statement\n---\n"));
        assertFalse(result.ok());
        Problem problem = result.problems().get(0);
        assertTrue(problem.line() >= 3, problem.toString());
        assertTrue(problem.message().startsWith("front matter is not valid YAML"), problem.toString());
    }

    @Test
    void aFieldGivenTwiceIsReportedOnItsSecondLine() {
        FrontMatterParser.Result result = parser.parse(file("---\nspeaker: bessent\nspeaker: greer\n---\n"));
        assertEquals("content/quotes/x.md:3: field 'speaker' is given twice (first on line 2): keep one",
                onlyProblem(result));
    }
}
