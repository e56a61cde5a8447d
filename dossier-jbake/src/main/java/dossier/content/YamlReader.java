package dossier.content;

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
 * The project's one YAML reader, for front matter: SnakeYAML
 * composes the text into nodes (never into Java objects, so nothing turns {@code no} into false or a
 * date into a timestamp), and each value becomes a {@link YamlValue} that keeps the line of the file
 * it was written on. Problems are {@link Problem}s: {@code path:line: message}.
 */
public final class YamlReader {

    private final String path;
    private final int firstLine;
    private final List<Problem> problems;

    /**
     * @param path      the file's path as messages show it
     * @param firstLine the line of the file the YAML text starts on (2 for front matter, after its '---')
     * @param problems  where problems are added
     */
    public YamlReader(String path, int firstLine, List<Problem> problems) {
        this.path = path;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /**
     * The text's root value, or null where the text is empty or not valid YAML (then a problem naming
     * {@code what} and the line, followed by {@code hint}, is added).
     */
    public YamlValue read(String yaml, String what, String hint) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // The hint is for the mistake it names (a ':' in an unquoted value), and only that one.
            boolean colon = String.valueOf(e.getProblem()).contains("mapping values are not allowed");
            problems.add(new Problem(path, mark != null ? line(mark) : firstLine,
                    what + " is not valid YAML: " + describe(e) + (colon ? hint : "")));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(path, firstLine, what + " is not valid YAML: " + e.getMessage()));
            return null;
        }
        return root == null ? null : value(root);
    }

    private YamlValue value(Node node) {
        int line = line(node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            return new YamlValue.Scalar(scalar.getValue(), line);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlValue> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(value(item));
            }
            return new YamlValue.Sequence(items, line);
        }
        return new YamlValue.Mapping(mapping((MappingNode) node), line);
    }

    /** A mapping's fields in order; a key that is not a plain word, or is given twice, is a problem. */
    private Map<String, Field> mapping(MappingNode mapping) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = line(tuple.getKeyNode().getStartMark());
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
            fields.put(key, new Field(key, value(tuple.getValueNode()), line));
        }
        return fields;
    }

    private int line(Mark mark) {
        return mark.getLine() + firstLine;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        return (context.isEmpty() ? problem : context + ", " + problem).strip();
    }
}
