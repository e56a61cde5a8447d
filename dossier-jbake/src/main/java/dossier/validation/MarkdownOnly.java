package dossier.validation;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dossier.content.Problem;

import java.util.List;
import java.util.Locale;

/**
 * Nothing but Markdown in a body: the site writes every piece of markup on its pages, so a body may not
 * bring its own. Raw HTML (blocks, inline tags, comments, and with them any event-handler attribute) and
 * links or images whose address runs script or embeds content ({@code javascript:}, {@code vbscript:},
 * {@code data:}) are refused with the line and a fix. Refused rather than escaped: a contributor who
 * wrote {@code <b>} meant bold, and is better told how to write it than shown the tag on the page.
 */
final class MarkdownOnly {

    // CommonMark's own idea of raw HTML and links; the site's Markdown extensions (tables, definitions,
    // strikethrough) add no other way to write either.
    private static final Parser PARSER = Parser.builder().build();
    private static final List<String> REFUSED_SCHEMES = List.of("javascript:", "vbscript:", "data:");

    private MarkdownOnly() {
    }

    /** @param firstLine the file's line the body begins on */
    static void check(String path, String body, int firstLine, List<Problem> problems) {
        // Parsing is the costly part and most bodies cannot hold either kind of markup: parse only those that can.
        if (mayHoldMarkup(body)) {
            check(PARSER.parse(body), path, firstLine, problems);
        }
    }

    /**
     * Whether a body could hold raw HTML or a refused address as the parser reads it: HTML needs a '<'; an
     * address needs a refused scheme's letters (the check below ignores white space and control characters
     * in it, so this does too), or an entity or backslash escape that could spell them.
     */
    static boolean mayHoldMarkup(String body) {
        if (body.indexOf('<') >= 0 || body.indexOf('&') >= 0 || body.indexOf('\\') >= 0) {
            return true;
        }
        String letters = body.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        return REFUSED_SCHEMES.stream().anyMatch(letters::contains);
    }

    private static void check(Node node, String path, int firstLine, List<Problem> problems) {
        for (Node child : node.getChildren()) {
            int line = firstLine + child.getStartLineNumber();
            if (child instanceof HtmlBlock || child instanceof HtmlCommentBlock || child instanceof HtmlInline
                    || child instanceof HtmlInlineComment) {
                problems.add(new Problem(path, line, "HTML is not allowed in the text ('" + shortened(child.getChars())
                        + "'): write it in Markdown (**bold**, *italic*, [text](https://...)); the site writes all"
                        + " the markup" + (child instanceof HtmlCommentBlock || child instanceof HtmlInlineComment
                        ? ", and a note for editors belongs in the pull request" : "")));
                continue;
            }
            String url = child instanceof Link link ? link.getUrl().toString()
                    : child instanceof Image image ? image.getUrl().toString()
                    : child instanceof Reference reference ? reference.getUrl().toString()
                    : child instanceof AutoLink auto ? auto.getUrl().toString() : null;
            String scheme = url == null ? null : refusedScheme(url);
            if (scheme != null) {
                problems.add(new Problem(path, line, "a link to a '" + scheme + "' address is not allowed ('"
                        + shortened(child.getChars()) + "'): link to a web page (https://...) or to a page of the"
                        + " dossier"));
            }
            check(child, path, firstLine, problems);
        }
    }

    /** The refused scheme an address starts with, as a browser reads it (case and leading spaces aside). */
    private static String refusedScheme(String url) {
        String address = url.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        return REFUSED_SCHEMES.stream().filter(address::startsWith).findFirst().orElse(null);
    }

    private static String shortened(BasedSequence chars) {
        String text = chars.toString().strip().replaceAll("\\s+", " ");
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
