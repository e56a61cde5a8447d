package dossier.jbake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * flexmark's parser and HTML renderer for one setting of {@code markdown.extensions}, built once and
 * reused for every document. JBake's MarkdownEngine builds both anew for each file, which costs more
 * than converting a 300-word body; flexmark's parser and renderer are immutable and meant to be reused.
 * The options are the ones JBake derives from the same setting, so the HTML is the same.
 */
final class MarkdownRenderer {

    private static final Map<List<String>, MarkdownRenderer> BY_EXTENSIONS = new ConcurrentHashMap<>();

    private final Parser parser;
    private final HtmlRenderer renderer;

    private MarkdownRenderer(List<String> extensions) {
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(pegdownFlags(extensions));
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The renderer for a configuration's {@code markdown.extensions}, e.g. [TABLES, FENCED_CODE_BLOCKS]. */
    static MarkdownRenderer forExtensions(List<String> extensions) {
        return BY_EXTENSIONS.computeIfAbsent(List.copyOf(extensions), MarkdownRenderer::new);
    }

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * As JBake reads the setting: each name is a constant of flexmark's {@link PegdownExtensions}
     * (ALL, TABLES, ...), added in order, or removed when it starts with '-'; unknown names count for nothing.
     */
    static int pegdownFlags(List<String> extensions) {
        int flags = PegdownExtensions.NONE;
        for (String name : extensions) {
            if (name.startsWith("-")) {
                flags &= ~flag(name.substring(1));
            } else {
                flags |= flag(name.startsWith("+") ? name.substring(1) : name);
            }
        }
        return flags;
    }

    private static int flag(String name) {
        try {
            return PegdownExtensions.class.getDeclaredField(name).getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return PegdownExtensions.NONE;
        }
    }
}
