package dossier.content;

import dossier.content.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
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
            problems.add(new Problem(file.displayPath(), 1,
                    "front matter is not closed: add a line '---' after the last field"));
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

    /** Front matter line numbers: the YAML starts on the file's second line. */
    private static int fileLine(Mark mark) {
        return mark.getLine() + 2;
    }

    private static Map<String, Field> readFields(String path, String yaml, List<Problem> problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark != null ? fileLine(mark) : 1;
            problems.add(new Problem(path, line, "front matter is not valid YAML: " + describe(e)
                    + " (values with ':' or starting with a quote mark need \"double quotes\")"));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(path, 1, "front matter is not valid YAML: " + e.getMessage()));
            return null;
        }
        if (root == null) {
            return new LinkedHashMap<>();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new Problem(path, fileLine(root.getStartMark()),
                    "front matter must be 'field: value' lines"));
            return null;
        }
        return readMapping(path, mapping, problems);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        return (context.isEmpty() ? problem : context + ", " + problem).strip();
    }

    private static Map<String, Field> readMapping(String path, MappingNode mapping, List<Problem> problems) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = fileLine(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new Problem(path, line, "a field name must be a plain word"));
                continue;
            }
            String key = keyNode.getValue();
            Field previous = fields.get(key);
            if (previous != null) {
                problems.add(new Problem(path, line, "field '" + key + "' is given twice (first on line "
                        + previous.line() + "): keep one"));
                continue;
            }
            fields.put(key, new Field(key, toValue(path, tuple.getValueNode(), problems), line));
        }
        return fields;
    }

    private static YamlValue toValue(String path, Node node, List<Problem> problems) {
        int line = fileLine(node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            return new YamlValue.Scalar(scalar.getValue(), line);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlValue> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(toValue(path, item, problems));
            }
            return new YamlValue.Sequence(items, line);
        }
        return new YamlValue.Mapping(readMapping(path, (MappingNode) node, problems), line);
    }
}
