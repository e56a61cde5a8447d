package dossier.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a content file into YAML front matter (between two {@code ---} lines) and its Markdown body.
 * JBake itself only knows its {@code key=value ... ~~~~~~} header; this is the format contributors
 * know from Jekyll, Hugo and Eleventy. Every value keeps the line it was written on.
 */
public final class FrontMatterParser {

    private static final String FENCE = "---";

    /** The outcome of parsing one file: front matter when it could be read, and what was wrong. */
    public record Result(FrontMatter frontMatter, List<Problem> problems) {
        public boolean ok() {
            return frontMatter != null;
        }
    }

    public Result parse(SourceFile file) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = file.text().replace("\uFEFF", "").split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.add(new Problem(file.displayPath(), 1, missingFrontMatterMessage(lines)));
            return new Result(null, problems);
        }
        int closing = findClosingFence(lines);
        if (closing < 0) {
            problems.add(new Problem(file.displayPath(), YamlMistakes.whereTheClosingFenceBelongs(lines),
                    "front matter is not closed: add a line '---' here, after the last field and before the body"));
            return new Result(null, problems);
        }
        List<Problem> mistakes = YamlMistakes.find(file.displayPath(),
                java.util.Arrays.copyOfRange(lines, 1, closing), 2);
        if (!mistakes.isEmpty()) {
            // One message per mistake, in plain words; the parser's own would only repeat the first, obscurely.
            problems.addAll(mistakes);
            return new Result(null, problems);
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, closing));
        Map<String, Field> fields = readFields(file.displayPath(), yaml, problems);
        if (fields == null) {
            return new Result(null, problems);
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, closing + 1, lines.length));
        return new Result(new FrontMatter(fields, body, closing + 1), problems);
    }

    private static String missingFrontMatterMessage(String[] lines) {
        boolean looksLikeJBakeHeader = lines.length > 0 && lines[0].matches("\\s*\\w+\\s*=.*");
        if (looksLikeJBakeHeader) {
            return "JBake's 'key=value ... ~~~~~~' header is not used here: write the fields as YAML"
                    + " ('key: value') between a line '---' at the top and another '---' below them";
        }
        return "the file must begin with front matter: a line '---', the fields as 'key: value' lines,"
                + " and another line '---'";
    }

    private static int findClosingFence(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Field> readFields(String path, String yaml, List<Problem> problems) {
        int before = problems.size();
        // Front matter begins on the file's second line, after its '---'.
        YamlValue root = new YamlReader(path, 2, problems).read(yaml, "front matter",
                " (values with ':' or starting with a quote mark need \"double quotes\")");
        if (root == null) {
            return problems.size() > before ? null : new LinkedHashMap<>();  // not YAML, or no fields at all
        }
        if (!(root instanceof YamlValue.Mapping mapping)) {
            problems.add(new Problem(path, root.line(), "front matter must be 'field: value' lines"));
            return null;
        }
        return mapping.entries();
    }
}
