package dossier.model;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.validation.MiniDossier;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DossierTest {

    private static Dossier dossier(MiniDossier files) {
        return new Dossier(files.validate().documents());
    }

    private static List<String> ids(List<Document> documents) {
        return documents.stream().map(Document::id).toList();
    }

    private static final String LONDON = """
            ---
            title: London talks
            kind: negotiation
            date: 2025-06-09
            city: London
            country: United Kingdom
            delegations:
              us: [bessent]
              china: [he-lifeng]
            topics: [tariffs]
            outcome: A framework.
            status: published
            sources: [report]
            ---
            """;

    @Test
    void findsTheQuotesOfASpeaker() {
        Dossier dossier = dossier(new MiniDossier());
        assertEquals(List.of("everything"), ids(dossier.referringTo(ContentType.QUOTE, "bessent", "speaker")));
        assertEquals(List.of(), ids(dossier.referringTo(ContentType.QUOTE, "he-lifeng", "speaker")));
    }

    @Test
    void findsTheRoundsAnActorAttendedOnEitherSide() {
        Dossier dossier = dossier(new MiniDossier().with("rounds/london.md", LONDON));
        assertEquals(List.of("geneva", "london"), ids(dossier.roundsAttendedBy("he-lifeng")));
    }

    @Test
    void linksEachRoundToItsNeighboursInDateOrder() {
        Dossier dossier = dossier(new MiniDossier().with("rounds/london.md", LONDON));
        Document geneva = dossier.get("geneva");
        assertTrue(dossier.neighbourRound(geneva, -1).isEmpty());
        assertEquals("london", dossier.neighbourRound(geneva, 1).orElseThrow().id());
        assertEquals("geneva", dossier.neighbourRound(dossier.get("london"), -1).orElseThrow().id());
    }

    @Test
    void listsEveryDocumentCitingASource() {
        Dossier dossier = dossier(new MiniDossier());
        assertEquals(List.of("bessent", "everything", "geneva", "he-lifeng", "tariffs"),
                dossier.citing("report").stream().map(Document::id).sorted().toList());
    }

    @Test
    void leavesDraftsOut() {
        Dossier dossier = dossier(new MiniDossier().with("rounds/london.md", LONDON.replace("status: published",
                "status: draft")));
        assertEquals(List.of("geneva"), ids(dossier.all(ContentType.ROUND)));
        assertEquals(List.of("geneva"), ids(dossier.roundsAttendedBy("bessent")));
    }

    @Test
    void putsRoundsEventsAndQuotesOnOneTimelineGroupedByMonth() {
        Timeline timeline = dossier(new MiniDossier().with("rounds/london.md", LONDON)).timeline();
        assertEquals(List.of("geneva", "london", "everything"), ids(timeline.entries()));
        assertEquals(List.of(YearMonth.of(2025, 5), YearMonth.of(2025, 6), YearMonth.of(2025, 10)),
                List.copyOf(timeline.byMonth().keySet()));
        assertEquals(List.of("everything", "london"), ids(timeline.latest(2)));
    }

    @Test
    void givesAnActorTheTimelineOfWhatTheyTookPartIn() {
        Dossier dossier = dossier(new MiniDossier().with("rounds/london.md", LONDON));
        assertEquals(List.of("geneva", "london", "everything"), ids(dossier.timelineOf("bessent").entries()));
        assertEquals(List.of("geneva", "london"), ids(dossier.timelineOf("he-lifeng").entries()));
        assertEquals(List.of("geneva", "london", "everything"), ids(dossier.timelineOf("tariffs").entries()));
    }
}
