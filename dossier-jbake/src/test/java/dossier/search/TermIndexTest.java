package dossier.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index made at bake time: lunr's scores, and shards cut by letters. That it is lunr's own index,
 * term for term, is checked against lunr in Chromium (site-tests' SearchMatchesLunrTest).
 */
class TermIndexTest {

    @Test
    void termsAreNumberedAsLunrMeetsThemAndScoredWithBm25AndTheFieldsBoostInThousandths() {
        TermIndex index = TermIndex.of(List.of(new SearchIndex.Entry("a.html", "Topic", "Rare earths", ""),
                new SearchIndex.Entry("b.html", "Topic", "Port fees", "")));
        Map<String, TermIndex.Term> terms = new TreeMap<>();
        index.terms().forEach(t -> terms.put(t.term(), t));
        assertEquals(List.of("rare", "earth", "topic", "port", "fee"), index.terms().stream().map(TermIndex.Term::term).toList());
        // "rare": one title of two terms (the average title), in one page of two: idf = ln(1 + 1.5 / 1.5).
        double idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
        int expected = (int) Math.round(idf * 2.2 / (1.2 * (0.25 + 0.75 * (2 / 2.0)) + 1) * 10 * 1000);
        assertArrayEquals(new int[] {0}, terms.get("rare").documentsByField().get(0));
        assertArrayEquals(new int[] {expected}, terms.get("rare").scoresByField().get(0));
        assertArrayEquals(new int[] {0, 1}, terms.get("topic").documentsByField().get(1));
    }

    @Test
    void aSmallIndexIsOneShardAndALargeOneIsCutByLettersEachTermInTheShardWithTheLongestKeyItStartsWith() {
        assertEquals(List.of(""), keys(SearchShards.of(TermIndex.of(List.of(
                new SearchIndex.Entry("a.html", "Topic", "Rare earths", "A few words."))))));
        List<SearchIndex.Entry> entries = new ArrayList<>();
        IntStream.range(0, 3000).forEach(i -> entries.add(new SearchIndex.Entry("p" + i + ".html", "Event",
                "Title " + i, "word" + i + " alpha" + (i % 50) + " beta" + (i % 70) + " common text")));
        List<SearchShards.Shard> shards = SearchShards.of(TermIndex.of(entries));
        List<String> keys = keys(shards);
        assertTrue(keys.size() > 5, keys.toString());
        for (SearchShards.Shard shard : shards) {
            assertTrue(shard.size() <= SearchShards.LIMIT || shard.terms().size() == 1, shard.key() + ": " + shard.size());
            for (String json : shard.terms()) {
                String term = json.substring(2, json.indexOf('"', 2));
                assertTrue(term.startsWith(shard.key()), term + " is in the shard of '" + shard.key() + "'");
                assertTrue(keys.stream().noneMatch(k -> k.length() > shard.key().length() && term.startsWith(k)),
                        term + " is not in the shard with the longest key it starts with");
            }
        }
    }

    @Test
    void aQueryNeedsTheShardOfItsStemAndEveryShardOfWordsItBegins() {
        List<String> keys = List.of("", "a", "al", "alp", "b", "be", "c");
        assertEquals(java.util.Set.of(3), SearchQueryFiles.termShards(keys, "alpha"));     // "alpha…" all in "alp"
        assertEquals(java.util.Set.of(2, 3), SearchQueryFiles.termShards(keys, "al"));     // and all "al…" shards
        assertEquals(java.util.Set.of(1, 2, 3), SearchQueryFiles.termShards(keys, "A"));
        assertEquals(java.util.Set.of(0, 1, 2, 3, 4, 5, 6), SearchQueryFiles.termShards(keys, "*"));
        assertEquals(java.util.Set.of(0), SearchQueryFiles.termShards(keys, "zebra"));
    }

    private static List<String> keys(List<SearchShards.Shard> shards) {
        return shards.stream().map(SearchShards.Shard::key).toList();
    }
}
