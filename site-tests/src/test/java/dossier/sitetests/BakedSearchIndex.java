package dossier.sitetests;

import dossier.search.SearchIndex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The search files of a bake read back as lunr's data: the term numbers and the field vectors the
 * browser assembles from the shards, and the entries of the pages. Given the files by their path from
 * the site's root, as {@link SearchIndex#files()} makes them or as target/site holds them.
 */
final class BakedSearchIndex {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode manifest;
    private final Function<String, String> files;

    /** {@code files}: a file's text by its path from the site's root. */
    BakedSearchIndex(Function<String, String> files) {
        this.files = files;
        this.manifest = json(files.apply(SearchIndex.MANIFEST));
    }

    /** The fields of lunr's index, in its order: "title", "type", "text". */
    List<String> fields() {
        List<String> fields = new ArrayList<>();
        manifest.get("fields").forEach(field -> fields.add(field.asText()));
        return fields;
    }

    int pages() {
        return manifest.get("pages").asInt();
    }

    List<String> shardKeys() {
        List<String> keys = new ArrayList<>();
        manifest.get("shards").forEach(key -> keys.add(key.asText()));
        return keys;
    }

    /** Every page's entry, in the order of their numbers. */
    List<SearchIndex.Entry> entries() {
        List<SearchIndex.Entry> entries = new ArrayList<>();
        for (int first = 0; first < pages(); first += SearchIndex.PAGES_PER_FILE) {
            json(files.apply(SearchIndex.pagePath(first))).forEach(page -> entries.add(new SearchIndex.Entry(
                    page.get("url").asText(), page.get("type").asText(), page.get("title").asText(),
                    page.get("text").asText())));
        }
        return entries;
    }

    /** Every term in the shards, with its number. */
    Map<String, Integer> termNumbers() {
        Map<String, Integer> numbers = new TreeMap<>();
        forEachTerm(term -> numbers.put(term.get(0).asText(), term.get(1).asInt()));
        return numbers;
    }

    /** The term shard each term is in. */
    Map<String, Integer> shardOfTerm() {
        Map<String, Integer> shards = new TreeMap<>();
        for (int shard = 0; shard < shardKeys().size(); shard++) {
            int number = shard;
            json(files.apply(SearchIndex.termsPath(shard))).forEach(term -> shards.put(term.get(0).asText(), number));
        }
        return shards;
    }

    /** Each field of each page ("text/12") as the browser builds its vector: term number, score, … by term number. */
    Map<String, List<Double>> fieldVectors() {
        Map<String, List<double[]>> pairs = new TreeMap<>();
        forEachTerm(term -> {
            for (int field = 0; field < fields().size(); field++) {
                JsonNode gaps = term.get(2 + 2 * field);
                JsonNode scores = term.get(3 + 2 * field);
                int page = 0;
                for (int i = 0; i < gaps.size(); i++) {
                    page += gaps.get(i).asInt();
                    pairs.computeIfAbsent(fields().get(field) + "/" + page, k -> new ArrayList<>())
                            .add(new double[] {term.get(1).asInt(), scores.get(i).asInt() / 1000.0});
                }
            }
        });
        Map<String, List<Double>> vectors = new TreeMap<>();
        pairs.forEach((fieldRef, list) -> {
            list.sort(Comparator.comparingDouble(p -> p[0]));
            List<Double> elements = new ArrayList<>();
            list.forEach(p -> {
                elements.add(p[0]);
                elements.add(p[1]);
            });
            vectors.put(fieldRef, elements);
        });
        return vectors;
    }

    private void forEachTerm(java.util.function.Consumer<JsonNode> action) {
        for (int shard = 0; shard < shardKeys().size(); shard++) {
            json(files.apply(SearchIndex.termsPath(shard))).forEach(action);
        }
    }

    /** The JSON value a search script passes or assigns: from its first '[' or '{' to its last ']' or '}'. */
    private static JsonNode json(String script) {
        int afterCall = script.indexOf('(') < 0 ? 0 : script.indexOf('(');
        int open = script.indexOf(',', afterCall) >= 0 && script.startsWith(SearchIndex.CALLBACK)
                ? script.indexOf(',', afterCall) + 1 : script.indexOf('=') + 1;
        int close = script.lastIndexOf(script.startsWith(SearchIndex.CALLBACK) ? ')' : ';');
        try {
            return JSON.readTree(script.substring(open, close));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
