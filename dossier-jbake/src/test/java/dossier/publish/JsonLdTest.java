package dossier.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.site.ListingPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonLdTest {

    private final Published published = new Published();

    private JsonNode graph(String id) {
        PageMetadata metadata = published.publication.metadataFor(published.dossier.get(id));
        return Published.json(metadata.jsonLd()).get("@graph");
    }

    @Test
    void describesEachDocumentWithItsSchemaOrgType() {
        assertEquals("Event", graph("geneva").get(1).get("@type").asText());
        assertEquals("Event", graph("truce").get(1).get("@type").asText());
        assertEquals("Person", graph("bessent").get(1).get("@type").asText());
        assertEquals("Quotation", graph("everything").get(1).get("@type").asText());
        assertEquals("CreativeWork", graph("report").get(1).get("@type").asText());
        assertEquals("WebPage", graph("tariffs").get(1).get("@type").asText());
    }

    @Test
    void describesInstitutionsAsGovernmentOrganizations() {
        Published withMinistry = new Published(new dossier.validation.MiniDossier().edit("actors/he-lifeng.md",
                "kind: person", "kind: institution"));
        JsonNode graph = Published.json(withMinistry.publication.metadataFor(withMinistry.dossier.get("he-lifeng"))
                .jsonLd()).get("@graph");
        assertEquals("GovernmentOrganization", graph.get(1).get("@type").asText());
    }

    @Test
    void givesARoundItsDatesPlaceAndDelegates() {
        JsonNode round = graph("geneva").get(1);
        assertEquals("2025-05-10", round.get("startDate").asText());
        assertEquals("2025-05-11", round.get("endDate").asText());
        assertEquals("Geneva", round.get("location").get("address").get("addressLocality").asText());
        assertEquals(Published.HOST + "/actors/he-lifeng.html", round.get("attendee").get(1).get("url").asText());
    }

    @Test
    void dateAQuotationOnlyWhenTheDayItWasSaidIsKnown() {
        JsonNode quotation = graph("everything").get(1);
        assertFalse(quotation.has("dateCreated"), "date_basis: reported");
        assertEquals("Everything on the table", quotation.get("text").asText());
        assertEquals("Scott Bessent", quotation.get("creator").get("name").asText());
    }

    @Test
    void describesTheSiteWithASearchActionOnEveryPage() {
        JsonNode site = graph("geneva").get(0);
        assertEquals("WebSite", site.get("@type").asText());
        assertEquals(Published.HOST + "/search.html?q={search_term_string}",
                site.get("potentialAction").get("target").get("urlTemplate").asText());
    }

    @Test
    void describesAListingPageByItsViewsTitle() {
        PageMetadata metadata = published.publication.metadataFor(ListingPage.ROUNDS);
        JsonNode page = Published.json(metadata.jsonLd()).get("@graph").get(1);
        assertEquals("CollectionPage", page.get("@type").asText());
        assertEquals("Rounds of talks", page.get("name").asText());
        assertEquals(Published.HOST + "/rounds/index.html", metadata.canonicalUrl());
        assertEquals("website", metadata.openGraphType());
    }
}
