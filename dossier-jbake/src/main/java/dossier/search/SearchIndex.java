package dossier.search;

import dossier.base.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every page of the site as the search page needs it, written at bake time as small scripts the page
 * loads on demand: a manifest (how many pages, which term shards exist), the term shards (lunr's index,
 * computed here by {@link TermIndex} and cut by {@link SearchShards}) and the pages' entries, a few
 * pages to a script, with each page's address, kind, title and text for the result list. Scripts, not JSON to fetch, so that search also
 * works when the site is opened from disk, where browsers refuse fetch() but run a script.
 */
public final class SearchIndex {

    /** Where the search files are written, from the site's root. */
    public static final String FOLDER = "js/search/";
    /** The manifest: the search page loads it with the page; it sets {@link #MANIFEST_VARIABLE}. */
    public static final String MANIFEST = FOLDER + "manifest.js";
    public static final String MANIFEST_VARIABLE = "DOSSIER_SEARCH_MANIFEST";
    /** The object whose methods the term and page scripts call; assets/js/search.js defines it. */
    public static final String CALLBACK = "DOSSIER_SEARCH";

    /** One page: its path from the site's root, its kind ("Round", "Quote", "Index"), title and text. */
    public record Entry(String url, String type, String title, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a page; {@code markdown} is reduced to plain text. */
    public void add(String url, String type, String title, String fields, String markdown) {
        entries.add(entry(url, type, title, fields, markdown));
    }

    /** Adds pages made with {@link #entry}, in order. */
    public void addAll(List<Entry> pages) {
        entries.addAll(pages);
    }

    /** A page's entry, its {@code markdown} reduced to plain text: independent of every other, so made on any core. */
    public static Entry entry(String url, String type, String title, String fields, String markdown) {
        return new Entry(url, type, title, (fields + " " + PlainText.of(markdown)).strip());
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The term shard {@code number}'s path from the site's root. */
    public static String termsPath(int number) {
        return FOLDER + "terms-" + number + ".js";
    }

    /**
     * Pages per entry script: a large site would otherwise write thousands of tiny files, and the page
     * fetches only the scripts holding the results it lists.
     */
    public static final int PAGES_PER_FILE = 8;

    /** The path of the script holding page {@code number}'s entry, from the site's root. */
    public static String pagePath(int number) {
        return FOLDER + "pages-" + number / PAGES_PER_FILE + ".js";
    }

    /** Every search file, by its path from the site's root, in a fixed order. */
    public Map<String, String> files() {
        List<SearchShards.Shard> shards = SearchShards.of(TermIndex.of(entries));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MANIFEST, "// Made at bake time by dossier.search.SearchIndex: what search.js may load.\n"
                + "window." + MANIFEST_VARIABLE + " = {\"pages\": " + entries.size() + ", \"pages_per_file\": "
                + PAGES_PER_FILE + ", \"fields\": ["
                + TermIndex.FIELDS.stream().map(Json::stringForHtmlScript).collect(Collectors.joining(", "))
                + "], \"shards\": ["
                + shards.stream().map(s -> Json.stringForHtmlScript(s.key())).collect(Collectors.joining(", "))
                + "]};\n");
        for (int i = 0; i < shards.size(); i++) {
            files.put(termsPath(i), CALLBACK + ".terms(" + i + ", [\n"
                    + String.join(",\n", shards.get(i).terms()) + "\n]);\n");
        }
        for (int first = 0; first < entries.size(); first += PAGES_PER_FILE) {
            files.put(pagePath(first), CALLBACK + ".pages(" + first / PAGES_PER_FILE + ", [\n"
                    + entries.subList(first, Math.min(first + PAGES_PER_FILE, entries.size())).stream()
                    .map(SearchIndex::json).collect(Collectors.joining(",\n")) + "\n]);\n");
        }
        return files;
    }

    private static String json(Entry entry) {
        return "{\"url\": " + Json.stringForHtmlScript(entry.url()) + ", \"type\": " + Json.stringForHtmlScript(entry.type())
                + ", \"title\": " + Json.stringForHtmlScript(entry.title()) + ", \"text\": " + Json.stringForHtmlScript(entry.text()) + "}";
    }
}
