package dossier.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mistakes contributors make in front matter, found before the YAML parser meets them, so that each gets
 * one message in plain words on its own line instead of the parser's ("found character '\t(TAB)' that cannot
 * start any token"): a tab in the indentation, a straight quote mark inside a double-quoted value, and front
 * matter whose closing '---' is missing.
 */
final class YamlMistakes {

    /** A field's or a list item's value that opens with a double quote: {@code title: "...} or {@code - "...}. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:-\\s+|[A-Za-z_][\\w-]*:\\s+|-\\s+[A-Za-z_][\\w-]*:\\s+)\"");
    /** A line front matter can hold: blank-free YAML (a field, a list item, an indented continuation, a comment). */
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^(\\s+\\S.*|#.*|-.*|[A-Za-z_][\\w-]*:.*)$");

    private YamlMistakes() {
    }

    /**
     * Tabs and quote marks: one problem per line that has one, numbered as in the file ({@code firstLine} is
     * the file's line of the text's first line).
     */
    static List<Problem> find(String path, String[] lines, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = firstLine + i;
            if (line.matches("^ *\\t.*")) {
                problems.add(new Problem(path, number, "a tab in the indentation: indent with spaces, not tabs"
                        + " (YAML does not allow tabs)"));
            } else {
                innerQuote(line).ifPresent(field -> problems.add(new Problem(path, number, "a straight quote mark"
                        + " (\") inside the double-quoted value" + field + " ends the value early: put single quotes"
                        + " around the value instead, or write the inner quote mark as \\\", or use curly quotes “ ”")));
            }
        }
        return problems;
    }

    /**
     * Where a double-quoted value's closing quote mark comes before the end of the line with more than a comment
     * after it, the value held a quote mark it did not escape: {@code title: "He said "yes" today"}. Gives the
     * field's name for the message (" of 'title'"), or "" for a list item.
     */
    private static Optional<String> innerQuote(String line) {
        Matcher matcher = QUOTED_VALUE.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int i = matcher.end();
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') {
                String rest = line.substring(i + 1).strip();
                if (rest.isEmpty() || rest.startsWith("#")) {
                    return Optional.empty();
                }
                Matcher key = Pattern.compile("([A-Za-z_][\\w-]*):").matcher(line);
                return Optional.of(key.find() && key.start() < matcher.end() ? " of '" + key.group(1) + "'" : "");
            }
            i++;
        }
        return Optional.empty();  // continues on the next line: the parser judges it
    }

    /**
     * For front matter never closed: the line where its closing '---' belongs, the first line (after the opening
     * one) that front matter could not hold, such as a blank line or the body's first sentence; or the line
     * after the last one where every line looks like front matter.
     */
    static int whereTheClosingFenceBelongs(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (!FRONT_MATTER_LINE.matcher(lines[i]).matches()) {
                return i + 1;
            }
        }
        return lines.length + 1;
    }
}
