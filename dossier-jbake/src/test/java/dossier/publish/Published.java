package dossier.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Dossier;
import dossier.site.ListingPage;
import dossier.validation.MeasureHistoryTest;
import dossier.validation.MiniDossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A small dossier published at https://example.org/dossier, and readers for what it publishes. */
final class Published {

    static final String HOST = "https://example.org/dossier";
    static final String EVENT = """
            ---
            title: The truce takes effect
            date: 2025-05-14
            actors: [bessent]
            topics: [tariffs]
            round: geneva
            status: published
            sources: [report]
            ---
            """;

    /** A measure with two steps, the second brought about at Geneva. */
    static final String MEASURE = MeasureHistoryTest.MEASURE;

    final Dossier dossier;
    final Publication publication;

    Published(MiniDossier files) {
        this.dossier = new Dossier(files.validate().documents());
        this.publication = new Publication(dossier, new SiteAddress(HOST), "Trade talks");
    }

    Published() {
        this(new MiniDossier().with("events/truce.md", EVENT).with("measures/port-fees.md", MEASURE));
    }

    Map<String, String> files() {
        return publication.files(List.of("rounds/geneva.html", ListingPage.HOME.path()));
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
