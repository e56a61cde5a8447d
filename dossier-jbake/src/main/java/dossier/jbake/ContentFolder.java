package dossier.jbake;

import dossier.content.SourceFile;
import dossier.content.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every file under the content folder once per bake, whatever its name: the validator must see a
 * file of any name to say what is wrong with it. Hidden files (.gitkeep) are skipped.
 */
public final class ContentFolder {

    private ContentFolder() {
    }

    /**
     * @param projectFolder the folder paths in messages are relative to
     * @param contentFolder the folder to read
     * @param problems where unreadable files are reported
     */
    public static List<SourceFile> read(Path projectFolder, Path contentFolder, List<Problem> problems) {
        if (!Files.isDirectory(contentFolder)) {
            problems.add(new Problem(projectFolder.relativize(contentFolder).toString(), 1,
                    "the content folder is missing"));
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            paths = walk.filter(Files::isRegularFile).filter(path -> !isHidden(contentFolder.relativize(path)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + contentFolder, e);
        }
        // Read on every core; the results keep the sorted order, so every bake lists files the same way.
        List<Read> read = paths.parallelStream().map(path -> readOne(projectFolder, contentFolder, path)).toList();
        List<SourceFile> files = new ArrayList<>();
        for (Read file : read) {
            if (file.text() != null) {
                files.add(file.text());
            } else {
                problems.add(file.problem());
            }
        }
        return files;
    }

    /** One file read: its text, or (text null) the problem that it is not UTF-8. */
    private record Read(SourceFile text, Problem problem) {
    }

    private static Read readOne(Path projectFolder, Path contentFolder, Path path) {
        String displayPath = projectFolder.relativize(path).toString().replace('\\', '/');
        try {
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            if (!StandardCharsets.UTF_8.newEncoder().canEncode(text) || text.contains("\uFFFD")) {
                throw new CharacterCodingException();
            }
            return new Read(new SourceFile(displayPath, contentFolder.relativize(path).toString().replace('\\', '/'), path,
                    text), null);
        } catch (CharacterCodingException e) {
            return new Read(null, new Problem(displayPath, 1, "the file is not UTF-8 text: save it as UTF-8"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static boolean isHidden(Path inContent) {
        for (Path part : inContent) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
