package dossier.model;

import dossier.content.ContentType;
import dossier.content.Document;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated documents in the order they happened. On one day, rounds come first, then events, then
 * quotes, each group by id, so the order is the same on every bake.
 */
public final class Timeline {

    private static final Comparator<Document> CHRONOLOGICAL = Comparator
            .comparing((Document d) -> d.date("date"))
            .thenComparing(d -> kindOrder(d.type()))
            .thenComparing(Document::id);

    private final List<Document> entries;

    public Timeline(List<Document> documents) {
        this.entries = documents.stream().sorted(CHRONOLOGICAL).toList();
    }

    private static int kindOrder(ContentType type) {
        return switch (type) {
            case ROUND -> 0;
            case EVENT -> 1;
            default -> 2;
        };
    }

    /** Oldest first. */
    public List<Document> entries() {
        return entries;
    }

    /** The newest {@code count} entries, newest first. */
    public List<Document> latest(int count) {
        List<Document> newestFirst = new ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.subList(0, Math.min(count, newestFirst.size()));
    }

    /** Entries grouped by the month they fall in, oldest month first. */
    public Map<YearMonth, List<Document>> byMonth() {
        Map<YearMonth, List<Document>> months = new LinkedHashMap<>();
        for (Document entry : entries) {
            months.computeIfAbsent(YearMonth.from(entry.date("date")), m -> new ArrayList<>()).add(entry);
        }
        return months;
    }
}
