package dossier.site;

import java.util.Optional;

/**
 * "Edit this page": the address of a content file in the repository's web editor. The base address is
 * set once ({@code edit.base} in jbake.properties, or {@code -Dedit.base=...} on the command line, as
 * the publishing workflow does); each page adds its source path, e.g. content/quotes/x.md.
 */
public final class EditLinks {

    /** The configuration key of the base address. */
    public static final String KEY = "edit.base";

    private EditLinks() {
    }

    /** The edit address of a source file, or none when no base address is set. */
    public static Optional<String> of(Object base, String sourcePath) {
        String text = base == null ? "" : base.toString().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((text.endsWith("/") ? text : text + "/") + sourcePath);
    }
}
