package dossier.search;

import java.util.regex.Pattern;

/** Markdown as the words a reader sees, for the search index: links keep their text, markup goes. */
final class PlainText {

    // Compiled once: the index is built from every page's Markdown on every bake.
    private static final Pattern LINKS_AND_IMAGES = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern BLOCK_MARKERS = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+");
    private static final Pattern CODE_FENCES = Pattern.compile("(?m)^\\s*(```|~~~).*$");
    private static final Pattern TABLE_RULES = Pattern.compile("(?m)^\\s*\\|?[\\s:|-]+\\|[\\s:|-]*$");
    private static final Pattern INLINE_MARKS = Pattern.compile("[*_`]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    static String of(String markdown) {
        String text = LINKS_AND_IMAGES.matcher(markdown).replaceAll("$1");  // [text](url) and images: the text
        text = BLOCK_MARKERS.matcher(text).replaceAll("");                  // headings, quotes, list markers
        text = CODE_FENCES.matcher(text).replaceAll("");                    // code fences
        text = TABLE_RULES.matcher(text).replaceAll("");                    // table rule lines
        text = INLINE_MARKS.matcher(text).replaceAll("");                   // emphasis and code marks
        text = text.replace('|', ' ');                                      // table cells
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
