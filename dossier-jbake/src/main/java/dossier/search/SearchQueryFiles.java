package dossier.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The term shards the search page fetches to answer a query, chosen as assets/js/search.js chooses
 * them: for each word of the query, the shard that can hold its stem, and every shard that can hold a
 * word it begins. The benchmark counts the bytes a query costs with it; the browser test holds the page
 * to it.
 */
public final class SearchQueryFiles {

    private SearchQueryFiles() {
    }

    /** The numbers of the term shards a query needs, given the shards' keys as the manifest lists them. */
    public static Set<Integer> termShards(List<String> shardKeys, String query) {
        Set<Integer> shards = new LinkedHashSet<>();
        for (String word : LunrTerms.tokens(query)) {
            shards.addAll(shardsFor(shardKeys, LunrStemmer.porter(word)));
            shards.addAll(shardsFor(shardKeys, word.endsWith("*") ? word : word + "*"));
        }
        return shards;
    }

    /** The shard with the longest key the term starts with; for a term with '*', also every shard under its prefix. */
    private static List<Integer> shardsFor(List<String> keys, String term) {
        int star = term.indexOf('*');
        String prefix = star < 0 ? term : term.substring(0, star);
        List<Integer> shards = new ArrayList<>();
        int best = -1;
        for (int number = 0; number < keys.size(); number++) {
            String key = keys.get(number);
            if (prefix.startsWith(key) && (best < 0 || key.length() > keys.get(best).length())) {
                best = number;
            }
            if (star >= 0 && key.length() > prefix.length() && key.startsWith(prefix)) {
                shards.add(number);
            }
        }
        if (best >= 0) {
            shards.add(best);
        }
        return shards;
    }
}
