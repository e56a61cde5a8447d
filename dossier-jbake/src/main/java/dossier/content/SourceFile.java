package dossier.content;

import java.nio.file.Path;

/**
 * A file found under the content folder.
 *
 * @param displayPath the path contributors see in messages, relative to the project (content/quotes/x.md)
 * @param pathInContent the path below the content folder, with '/' separators (quotes/x.md)
 * @param absolutePath where it is on disk
 * @param text its whole text
 */
public record SourceFile(String displayPath, String pathInContent, Path absolutePath, String text) {
}
