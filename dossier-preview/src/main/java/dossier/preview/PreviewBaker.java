package dossier.preview;

import dossier.jbake.InvalidContentException;
import dossier.content.Problem;
import org.jbake.app.Oven;
import dossier.jbake.DossierOven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bakes the project with JBake's {@link Oven}, as the JBake Maven plugin does, each time into a new
 * folder under the preview's output folder, so that a failed bake never touches the site being served.
 */
final class PreviewBaker {

    /** What one bake gave: a new site, or the reasons there is none. */
    sealed interface Outcome permits Baked, Failed {
    }

    record Baked(Path site, long millis) implements Outcome {
    }

    /** @param problems one line each; content problems as {@code path:line: message} */
    record Failed(List<String> problems) implements Outcome {
    }

    private final Path project;
    private final Path output;
    private int bakes;

    PreviewBaker(Path project, Path output) {
        this.project = project.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
    }

    /** Empties the output folder: bakes of an earlier preview are of no use. */
    void clearOutput() {
        deleteTree(output);
    }

    Outcome bake() {
        long start = System.nanoTime();
        Path site = output.resolve("bake-" + (++bakes));
        try {
            deleteTree(site);
            // Cache cleared: every bake reads every file again, as a build from scratch does.
            Oven oven = DossierOven.of(project, site);
            oven.bake();
            if (!oven.getErrors().isEmpty()) {
                deleteTree(site);
                return new Failed(oven.getErrors().stream().map(PreviewBaker::describe).toList());
            }
            return new Baked(site, (System.nanoTime() - start) / 1_000_000);
        } catch (InvalidContentException e) {
            deleteTree(site);
            return new Failed(e.problems().stream().map(Problem::toString).toList());
        } catch (RuntimeException e) {
            deleteTree(site);
            return new Failed(List.of(describe(e)));
        }
    }

    /** Removes every bake folder but the one being served. */
    void keepOnly(Path site) {
        try (Stream<Path> folders = Files.list(output)) {
            for (Path folder : folders.filter(f -> !f.equals(site)).toList()) {
                deleteTree(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage() != null ? error.getMessage() : error.toString();
        Throwable cause = error.getCause();
        // JBake wraps template errors; the cause says which template, line and column.
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += "\n" + cause.getMessage();
        }
        return atTemplateLine(message);
    }

    private static final java.util.regex.Pattern TEMPLATE_LINE =
            java.util.regex.Pattern.compile("in template \"([^\"]+\\.ftl)\" at line (\\d+)");

    /**
     * A Freemarker error as the content's problems read, {@code templates/quote.ftl:8: ...}, so that the preview
     * can show the line; the rest of Freemarker's message follows. Other errors are left as they are.
     */
    static String atTemplateLine(String message) {
        java.util.regex.Matcher at = TEMPLATE_LINE.matcher(message);
        if (!at.find()) {
            return message;
        }
        String first = message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("=")
                && !l.startsWith("-")).filter(l -> !l.startsWith("The dossier was not baked")).findFirst().orElse(message);
        return "templates/" + at.group(1) + ":" + at.group(2) + ": " + first + "\n" + message;
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
