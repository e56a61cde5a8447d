package dossier.model;

import dossier.content.ContentType;
import dossier.content.Document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What period the dossier covers and how far its record runs, computed from the published content so that
 * no page states a currency it does not have.
 *
 * @param from the first day of any round or event
 * @param to the last day of any round or event
 * @param recordRunsTo the latest date of anything the dossier records: a round, event or quote, or the
 *                     date of a document it cites; nothing later is known to it
 * @param lastRead the last day a cited page was read ({@code accessed}), or null where none has an address
 */
public record Coverage(LocalDate from, LocalDate to, LocalDate recordRunsTo, LocalDate lastRead) {

    static Coverage of(Collection<Document> rounds, Collection<Document> events, Collection<Document> quotes,
                       Collection<Document> sources) {
        LocalDate from = Stream.concat(rounds.stream(), events.stream()).map(d -> d.date("date"))
                .min(LocalDate::compareTo).orElse(null);
        LocalDate to = Stream.concat(rounds.stream(), events.stream()).map(Document::lastDay)
                .max(LocalDate::compareTo).orElse(null);
        LocalDate record = Stream.of(rounds, events, quotes, sources).flatMap(Collection::stream)
                .map(d -> d.type() == ContentType.SOURCE ? d.date("date") : d.lastDay())
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        LocalDate read = sources.stream().map(d -> d.date("accessed")).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        return new Coverage(from, to, record, read);
    }
}
