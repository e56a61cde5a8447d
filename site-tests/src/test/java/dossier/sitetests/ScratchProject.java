package dossier.sitetests;

import org.jbake.app.Oven;
import dossier.jbake.DossierOven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the dossier's sources in a temporary folder, to break and bake without touching the real one. */
final class ScratchProject {

    private static final List<String> BAKE_INPUTS = dossier.jbake.BakeInputs.ALL;

    final Path root;

    private ScratchProject(Path root) {
        this.root = root;
    }

    /** copies what a bake reads: content/, templates/, assets/ and jbake.properties (BakeInputs). */
    static ScratchProject copyOfTheDossier(Path into) {
        return copy(into, BAKE_INPUTS);
    }

    static ScratchProject copy(Path into, List<String> paths) {
        for (String path : paths) {
            copyTree(BakedSite.PROJECT.resolve(path), into.resolve(path));
        }
        return new ScratchProject(into);
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ScratchProject write(String relative, String text) {
        try {
            Files.createDirectories(file(relative).getParent());
            Files.writeString(file(relative), text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the line that starts with {@code prefix}; returns its line number (from 1). */
    int replaceLine(String relative, String prefix, String replacement) {
        List<String> lines = List.of(read(relative).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                List<String> changed = new java.util.ArrayList<>(lines);
                changed.set(i, replacement);
                write(relative, String.join("\n", changed));
                return i + 1;
            }
        }
        throw new IllegalArgumentException(relative + " has no line starting with '" + prefix + "'");
    }

    /** Adds a paragraph at the end of a file's body; returns the line number (from 1) it is written on. */
    int appendParagraph(String relative, String paragraph) {
        String text = read(relative).stripTrailing() + "\n\n";
        int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
        write(relative, text + paragraph + "\n");
        return line;
    }

    /** The line number of the closing '---' of a file's front matter. */
    int closingFenceLine(String relative) {
        List<String> lines = List.of(read(relative).split("\n", -1));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(relative + " has no front matter");
    }

    /** Bakes with JBake and the project's extension, as the Maven plugin does, into {@code output}. */
    void bake(Path output) throws Exception {
        Oven oven = DossierOven.of(root, output);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            throw new IllegalStateException("bake errors: " + oven.getErrors());
        }
    }

    static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
