package dossier.jbake;

import dossier.content.SourceFile;
import dossier.validation.Problem;

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
 * Reads every file under the content folder, whatever its name: JBake's crawler passes over files
 * it has no engine for, and the validator must see them to say so. Hidden files (.gitkeep) are skipped.
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
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(contentFolder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                Path inContent = contentFolder.relativize(path);
                if (isHidden(inContent)) {
                    continue;
                }
                String displayPath = projectFolder.relativize(path).toString().replace('\\', '/');
                try {
                    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
                    if (!StandardCharsets.UTF_8.newEncoder().canEncode(text) || text.contains("\uFFFD")) {
                        throw new CharacterCodingException();
                    }
                    files.add(new SourceFile(displayPath, inContent.toString().replace('\\', '/'), path, text));
                } catch (CharacterCodingException e) {
                    problems.add(new Problem(displayPath, 1, "the file is not UTF-8 text: save it as UTF-8"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + contentFolder, e);
        }
        return files;
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
