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
}
