package dossier.jbake;

import dossier.content.Problem;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown before anything is written when the content has problems; its message lists every one. */
public final class InvalidContentException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidContentException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The dossier was not baked: " + count + " in content/ (fix them and bake again):\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
