package dossier.model;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.validation.FieldSpec;
import dossier.validation.Schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published dossier with everything the pages need computed once per bake: documents by id and
 * type in reading order, and who refers to whom (the backlinks behind "quotes by this speaker",
 * "rounds attended", "cited by"). Built from validated documents only, so every id it meets exists.
 */
public final class Dossier {

    /** One reference: document {@code from} names {@code to} in {@code field} (e.g. "speaker", "delegations.us"). */
    private record Reference(String to, String field) {
    }

    private final Map<String, Document> byId = new HashMap<>();
    private final Map<ContentType, List<Document>> byType = new EnumMap<>(ContentType.class);
    /** Who names whom, by the referring document's id, in insertion (reading) order. */
    private final Map<Reference, Map<String, Document>> referrers = new HashMap<>();
    /** Each document's place in its type's reading order, so neighbours are found without a search. */
    private final Map<String, Integer> positions = new HashMap<>();
    private final Timeline timeline;
    private final Coverage coverage;
    private final MeasureRegister register;
    private final TariffData tariffs;

    public Dossier(List<Document> documents) {
        for (ContentType type : ContentType.values()) {
            byType.put(type, new ArrayList<>());
        }
        for (Document document : documents) {
            if (document.published()) {
                byId.put(document.id(), document);
                byType.get(document.type()).add(document);
            }
        }
        byType.forEach((type, list) -> {
            list.sort(readingOrder(type));
            for (int i = 0; i < list.size(); i++) {
                positions.put(list.get(i).id(), i);
            }
        });
        for (ContentType type : ContentType.values()) {
            for (Document document : byType.get(type)) {
                indexReferences(document);
            }
        }
        List<Document> story = new ArrayList<>(byType.get(ContentType.ROUND));
        story.addAll(byType.get(ContentType.EVENT));
        story.addAll(byType.get(ContentType.QUOTE));
        this.timeline = new Timeline(story);
        this.coverage = Coverage.of(byType.get(ContentType.ROUND), byType.get(ContentType.EVENT),
                byType.get(ContentType.QUOTE), byType.get(ContentType.SOURCE));
        this.register = new MeasureRegister(java.util.Collections.unmodifiableList(byType.get(ContentType.MEASURE)));
        this.tariffs = TariffSeries.of(register.measures());
    }

    /** The headline tariff rates and the truce, computed from the tariff measures. */
    public TariffData tariffs() {
        return tariffs;
    }

    /** The measures, where each stood on a day, and what each round or event changed. */
    public MeasureRegister register() {
        return register;
    }

    /** The period the dossier covers and the date its record runs to. */
    public Coverage coverage() {
        return coverage;
    }

    /** Rounds, events, quotes, sources and corrections in date order; actors and topics by name. */
    private static Comparator<Document> readingOrder(ContentType type) {
        return switch (type) {
            case ACTOR -> Comparator.comparing((Document d) -> d.text("name")).thenComparing(Document::id);
            case TOPIC -> Comparator.comparing((Document d) -> d.text("title")).thenComparing(Document::id);
            // A measure by the day of its first step: the register reads as the order things were done in.
            case MEASURE -> Comparator.comparing((Document d) -> d.steps("history").get(0).date())
                    .thenComparing(Document::id);
            // A readout comparison has no date of its own: by id here, by what it is about on its index.
            case READOUT -> Comparator.comparing(Document::id);
            // A public-record source has no date: it comes after the dated ones.
            default -> Comparator.comparing((Document d) -> d.date("date"), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Document::id);
        };
    }

    private void indexReferences(Document document) {
        for (FieldSpec spec : Schema.fieldsOf(document.type()).values()) {
            switch (spec.shape()) {
                case ID -> {
                    if (document.has(spec.name())) {
                        addReferrer(document.text(spec.name()), spec.name(), document);
                    }
                }
                case IDS -> document.list(spec.name()).forEach(id -> addReferrer(id, spec.name(), document));
                case SIDES -> document.sides(spec.name()).forEach((side, ids) ->
                        ids.forEach(id -> addReferrer(id, spec.name() + "." + side, document)));
                // A measure cites each step's source, and names the round or event that brought the step about.
                case HISTORY -> document.steps(spec.name()).forEach(step -> {
                    addReferrer(step.source(), "sources", document);
                    if (!step.changedBy().isEmpty()) {
                        addReferrer(step.changedBy(), "changed_by", document);
                    }
                });
                // A readout comparison cites each account's source ("cited by" on the source's page).
                case ACCOUNTS -> document.accounts(spec.name()).forEach(account ->
                        addReferrer(account.source(), "sources", document));
                default -> { }
            }
        }
    }

    private void addReferrer(String to, String field, Document from) {
        // Keyed by id: comparing records field by field (bodies included) would make large dossiers slow.
        referrers.computeIfAbsent(new Reference(to, field), k -> new LinkedHashMap<>()).putIfAbsent(from.id(), from);
    }

    public Document get(String id) {
        Document document = byId.get(id);
        if (document == null) {
            throw new IllegalArgumentException("no published document '" + id + "'");
        }
        return document;
    }

    /** Published documents of one type, in reading order. */
    public List<Document> all(ContentType type) {
        // A read-only view, not a copy: pages ask for whole types, and copying would cost O(N) per call.
        return Collections.unmodifiableList(byType.get(type));
    }

    /** Documents that name {@code id} in any of the given fields, in the order of their types' reading order. */
    public List<Document> referringTo(String id, String... fields) {
        Map<String, Document> found = new LinkedHashMap<>();
        for (String field : fields) {
            referrers.getOrDefault(new Reference(id, field), Map.of()).forEach(found::putIfAbsent);
        }
        return List.copyOf(found.values());
    }

    /** Like {@link #referringTo} but only documents of one type. */
    public List<Document> referringTo(ContentType type, String id, String... fields) {
        return referringTo(id, fields).stream().filter(d -> d.type() == type).toList();
    }

    /** The rounds an actor sat in, in date order. */
    public List<Document> roundsAttendedBy(String actorId) {
        List<String> fields = Schema.SIDES_OF_THE_TALKS.stream().map(side -> "delegations." + side).toList();
        return sortedByDate(referringTo(ContentType.ROUND, actorId, fields.toArray(new String[0])));
    }

    /**
     * The people of one side whose actor page says {@code delegation: member}: the record puts them in that
     * side's delegation to the talks without naming rounds, so every negotiating round lists them apart.
     */
    public List<Document> delegationMembers(String side) {
        return byType.get(ContentType.ACTOR).stream()
                .filter(actor -> actor.has("delegation") && actor.text("side").equals(side)).toList();
    }

    /** The previous or next round in date order; empty at either end. */
    public Optional<Document> neighbourRound(Document round, int step) {
        List<Document> rounds = byType.get(ContentType.ROUND);
        Integer position = positions.get(round.id());
        if (position == null || round.type() != ContentType.ROUND) {
            return Optional.empty();
        }
        int index = position + step;
        return index >= 0 && index < rounds.size() ? Optional.of(rounds.get(index)) : Optional.empty();
    }

    /** Every published document that cites a source, through {@code sources} or a quote's {@code source}. */
    public List<Document> citing(String sourceId) {
        return referringTo(sourceId, "source", "sources", "legal_basis");
    }

    /** The corrections that name this document among the pages they affect. */
    public List<Document> correctionsAffecting(String id) {
        return referringTo(ContentType.CORRECTION, id, "affects");
    }

    /** The whole story in date order: every round, event and quote (sorted once, when the dossier is built). */
    public Timeline timeline() {
        return timeline;
    }

    /** The part of the story one actor or topic appears in. */
    public Timeline timelineOf(String id) {
        Map<String, Document> entries = new LinkedHashMap<>();
        roundsAttendedBy(id).forEach(d -> entries.put(d.id(), d));
        // The story is rounds, events and quotes; a measure or a readout comparison names topics too, but a measure
        // has a history of its own and a comparison is dated by what it is about.
        referringTo(id, "topics", "actors", "speaker").stream()
                .filter(d -> d.type() != ContentType.MEASURE && d.type() != ContentType.READOUT)
                .forEach(d -> entries.putIfAbsent(d.id(), d));
        return new Timeline(List.copyOf(entries.values()));
    }

    private static List<Document> sortedByDate(List<Document> documents) {
        return documents.stream().sorted(Comparator.comparing((Document d) -> d.date("date"))
                .thenComparing(Document::id)).toList();
    }
}
