package dossier.search;

/** Markdown as the words a reader sees, for the search index: links keep their text, markup goes. */
final class PlainText {

    private PlainText() {
    }

    static String of(String markdown) {
        return markdown
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")   // [text](url) and images: the text
                .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "") // headings, quotes, list markers
                .replaceAll("(?m)^\\s*(```|~~~).*$", "")                // code fences
                .replaceAll("(?m)^\\s*\\|?[\\s:|-]+\\|[\\s:|-]*$", "")  // table rule lines
                .replaceAll("[*_`]+", "")                                // emphasis and code marks
                .replace('|', ' ')                                       // table cells
                .replaceAll("\\s+", " ")
                .strip();
    }
}
