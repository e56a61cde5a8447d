package dossier.content;

import java.util.Comparator;

/**
 * One thing wrong with the content, reported the way a compiler reports it:
 * {@code content/quotes/x.md:4: unknown speaker 'bessant' (did you mean 'bessent'?)}.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    /**
     * The problem as a GitHub Actions workflow command, which a pull request shows on the line that caused
     * it: {@code ::error file=content/quotes/x.md,line=4,title=Content problem::unknown speaker 'bessant' ...}.
     * Values are escaped as the runner requires ('%', line breaks; and ':' and ',' inside properties).
     */
    public String asWorkflowCommand() {
        return "::error file=" + property(file) + ",line=" + line + ",title=" + property("Content problem") + "::"
                + data(message);
    }

    /** Whether the bake runs under GitHub Actions, given the process's environment. */
    public static boolean underGitHubActions(java.util.Map<String, String> environment) {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
