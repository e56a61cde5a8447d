package dossier.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index lunr 2.3.9's Builder would make of the search entries, computed here at bake time so the
 * browser never has to: every term with lunr's term number, and for each field the documents holding
 * it with their BM25 score (k1 = 1.2, b = 0.75, lunr's idf, the field's boost), rounded to thousandths
 * as lunr rounds it. Documents are numbered in the order of the entries, as search.js numbered them
 * when it fed lunr; terms are numbered in the order lunr first meets them. With the same numbers and
 * the same scores, lunr's own query code ranks the pages exactly as it did over the index it built.
 */
final class TermIndex {

    /** The fields, in lunr's order, with their boosts: search.js gave lunr the same. */
    static final List<String> FIELDS = List.of("title", "type", "text");
    private static final double[] BOOSTS = {10, 2, 1};
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /**
     * One term: its number in lunr's vector space and, per field, the documents holding it in
     * ascending order with their scores in thousandths.
     */
    record Term(String term, int number, List<int[]> documentsByField, List<int[]> scoresByField) {
    }

    private final Map<String, Term> terms = new LinkedHashMap<>();
    private final int documents;

    private TermIndex(int documents) {
        this.documents = documents;
    }

    static TermIndex of(List<SearchIndex.Entry> entries) {
        LunrTerms analyzer = new LunrTerms();
        // Analyzing the text is the costly part and each entry stands alone; counting must be in order.
        List<List<List<String>>> analyzed = entries.parallelStream()
                .map(e -> List.of(analyzer.of(e.title()), analyzer.of(e.type()), analyzer.of(e.text()))).toList();
        TermIndex index = new TermIndex(entries.size());
        index.count(analyzed);
        return index;
    }

    /** All terms in lunr's numbering order. */
    List<Term> terms() {
        return List.copyOf(terms.values());
    }

    private void count(List<List<List<String>>> analyzed) {
        int fields = FIELDS.size();
        // First pass: which documents hold each term in each field, numbering terms as lunr meets them.
        Map<String, IntList[]> holders = new LinkedHashMap<>();
        long[] totalLength = new long[fields];
        for (int document = 0; document < analyzed.size(); document++) {
            for (int field = 0; field < fields; field++) {
                List<String> fieldTerms = analyzed.get(document).get(field);
                totalLength[field] += fieldTerms.size();
                for (String term : fieldTerms) {
                    IntList held = holders.computeIfAbsent(term, t -> newLists(fields))[field];
                    if (held.size() == 0 || held.last() != document) {
                        held.add(document);
                    }
                }
            }
        }
        double[] averageLength = new double[fields];
        for (int field = 0; field < fields; field++) {
            averageLength[field] = (double) totalLength[field] / analyzed.size();
        }
        Map<String, Double> idf = new HashMap<>();
        Map<String, IntList[]> scores = new HashMap<>();
        holders.forEach((term, held) -> {
            int documentsWithTerm = 0;
            for (IntList list : held) {
                documentsWithTerm += list.size();
            }
            idf.put(term, StrictMath.log(1 + Math.abs((documents - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5))));
            scores.put(term, newLists(fields));
        });
        // Second pass, document by document, so each term's scores line up with its documents.
        for (int document = 0; document < analyzed.size(); document++) {
            for (int field = 0; field < fields; field++) {
                List<String> fieldTerms = analyzed.get(document).get(field);
                Map<String, Integer> frequency = new LinkedHashMap<>();
                fieldTerms.forEach(term -> frequency.merge(term, 1, Integer::sum));
                for (Map.Entry<String, Integer> tf : frequency.entrySet()) {
                    scores.get(tf.getKey())[field].add(thousandths(idf.get(tf.getKey()), tf.getValue(),
                            fieldTerms.size(), averageLength[field], BOOSTS[field]));
                }
            }
        }
        int number = 0;
        for (Map.Entry<String, IntList[]> entry : holders.entrySet()) {
            List<int[]> documentsByField = new ArrayList<>(fields);
            List<int[]> scoresByField = new ArrayList<>(fields);
            for (int field = 0; field < fields; field++) {
                documentsByField.add(entry.getValue()[field].toArray());
                scoresByField.add(scores.get(entry.getKey())[field].toArray());
            }
            terms.put(entry.getKey(), new Term(entry.getKey(), number++, documentsByField, scoresByField));
        }
    }

    /** lunr.Builder#createFieldVectors's score, the same operations in the same order, in thousandths. */
    static int thousandths(double idf, int tf, int fieldLength, double averageFieldLength, double boost) {
        double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= boost;
        return (int) Math.round(score * 1000);
    }

    private static IntList[] newLists(int fields) {
        IntList[] lists = new IntList[fields];
        for (int i = 0; i < fields; i++) {
            lists[i] = new IntList();
        }
        return lists;
    }

    /** A growing list of ints without boxing: a term in 10,000 pages is held by thousands of them. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int last() {
            return values[size - 1];
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
