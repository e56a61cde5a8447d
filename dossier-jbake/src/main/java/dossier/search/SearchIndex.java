package dossier.search;

import dossier.publish.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every page of the site as the search page needs it: where it is, what kind of page it is, its
 * title and its text. Written at bake time as a script (not JSON to fetch) so that search also works
 * when the site is opened from disk, where browsers refuse fetch().
 */
public final class SearchIndex {

    /** The variable the script sets; assets/js/search.js reads it. */
    public static final String VARIABLE = "DOSSIER_SEARCH_INDEX";
    /** Where the index is written, from the site's root. */
    public static final String PATH = "js/search-index.js";

    /** One page: its path from the site's root, its kind ("Round", "Quote", "Index"), title and text. */
    public record Entry(String url, String type, String title, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a page; {@code markdown} is reduced to plain text. */
    public void add(String url, String type, String title, String fields, String markdown) {
        String text = (fields + " " + PlainText.of(markdown)).strip();
        entries.add(new Entry(url, type, title, text));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The script that defines the index. */
    public String script() {
        return "// Made at bake time by dossier.search.SearchIndex: every page of the site, for search.js.\n"
                + "window." + VARIABLE + " = [\n"
                + entries.stream().map(SearchIndex::json).collect(Collectors.joining(",\n"))
                + "\n];\n";
    }

    private static String json(Entry entry) {
        return "{\"url\": " + Json.stringForHtmlScript(entry.url()) + ", \"type\": " + Json.stringForHtmlScript(entry.type())
                + ", \"title\": " + Json.stringForHtmlScript(entry.title()) + ", \"text\": " + Json.stringForHtmlScript(entry.text()) + "}";
    }
}
