package dossier.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The term index cut into shards the search page fetches only when a query needs them. Terms are
 * grouped by their first letters: a group larger than {@link #LIMIT} characters of script is split by
 * one more letter, so a small site has one shard and a large one has a shard per common prefix. A term
 * lives in the shard with the longest key it starts with; a query word needs that shard, and a word
 * searched as the start of longer words also needs every shard whose key starts with it.
 */
final class SearchShards {

    /** The size, in characters of script, above which a group of terms is split by one more letter. */
    static final int LIMIT = 48 * 1024;

    /** One shard: the prefix its terms share and the terms, each already written as a JSON array. */
    record Shard(String key, List<String> terms) {
        int size() {
            return terms.stream().mapToInt(String::length).sum();
        }
    }

    private SearchShards() {
    }

    /** The shards, sorted by key. */
    static List<Shard> of(TermIndex index) {
        // String order is UTF-16 order, as lunr sorts; writing each term is independent, so on every core.
        TreeMap<String, String> sorted = new TreeMap<>(index.terms().parallelStream()
                .collect(java.util.stream.Collectors.toMap(TermIndex.Term::term, SearchShards::json)));
        List<Shard> shards = new ArrayList<>();
        split("", sorted, shards);
        shards.sort(java.util.Comparator.comparing(Shard::key));
        return shards;
    }

    private static void split(String key, TreeMap<String, String> terms, List<Shard> shards) {
        int size = terms.values().stream().mapToInt(String::length).sum();
        if (size <= LIMIT || terms.size() == 1) {
            shards.add(new Shard(key, List.copyOf(terms.values())));
            return;
        }
        int depth = key.length() + 1;
        TreeMap<String, String> remainder = new TreeMap<>();
        Map<String, TreeMap<String, String>> groups = new LinkedHashMap<>();
        terms.forEach((term, json) -> {
            if (term.length() < depth) {
                remainder.put(term, json);
            } else {
                groups.computeIfAbsent(term.substring(0, depth), k -> new TreeMap<>()).put(term, json);
            }
        });
        if (!remainder.isEmpty()) {
            shards.add(new Shard(key, List.copyOf(remainder.values())));
        }
        groups.forEach((child, group) -> split(child, group, shards));
    }

    /**
     * A term as [term, number, then per field the documents holding it (each as the difference from
     * the one before) and their scores in thousandths].
     */
    static String json(TermIndex.Term term) {
        StringBuilder json = new StringBuilder("[").append(dossier.base.Json.stringForHtmlScript(term.term()))
                .append(',').append(term.number());
        for (int field = 0; field < TermIndex.FIELDS.size(); field++) {
            int[] documents = term.documentsByField().get(field);
            json.append(",[");
            int previous = 0;
            for (int i = 0; i < documents.length; i++) {
                json.append(i == 0 ? "" : ",").append(documents[i] - previous);
                previous = documents[i];
            }
            json.append("],[");
            int[] scores = term.scoresByField().get(field);
            for (int i = 0; i < scores.length; i++) {
                json.append(i == 0 ? "" : ",").append(scores[i]);
            }
            json.append(']');
        }
        return json.append(']').toString();
    }
}
