package dossier.publish;

import dossier.content.Document;
import dossier.model.Dossier;
import dossier.model.MeasureRegister;
import dossier.base.Dates;
import dossier.base.SitePaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dossier.content.ContentType.ACTOR;

/**
 * The schema.org description of each page, as JSON-LD: the site ({@code WebSite} with a
 * {@code SearchAction} on the search page) and what the page is about: an {@code Event} for a
 * round or an event, a {@code Person} or {@code GovernmentOrganization} for an actor, a
 * {@code Quotation} for a quote, a {@code CreativeWork} for a source, a {@code WebPage} for a topic
 * or a correction, and a {@code CollectionPage} for a page that lists others.
 */
final class JsonLd {

    /** The search page; its query parameter is {@code q}. */
    static final String SEARCH_PAGE = "search.html";

    private final Dossier dossier;
    private final SiteAddress site;
    private final String siteTitle;

    JsonLd(Dossier dossier, SiteAddress site, String siteTitle) {
        this.dossier = dossier;
        this.site = site;
        this.siteTitle = siteTitle;
    }

    Map<String, Object> forDocument(Document document) {
        return graph(switch (document.type()) {
            case ROUND -> round(document);
            case EVENT -> event(document);
            case ACTOR -> actor(document, true);
            case QUOTE -> quote(document);
            case SOURCE -> source(document);
            case TOPIC -> webPage("WebPage", SitePaths.of(document), document.text("title"), document.text("summary"));
            case CORRECTION -> webPage("WebPage", SitePaths.of(document), "Correction: " + document.text("title"),
                    "The source said “" + document.text("said") + "”; what is right: " + document.text("correct"));
            // A commitment is a promise, not an act of law: a plain page.
            case MEASURE -> MeasureRegister.isCommitment(document) ? webPage("WebPage", SitePaths.of(document),
                    document.text("title"), document.text("covers")) : measure(document);
            case READOUT -> webPage("WebPage", SitePaths.of(document), document.text("title"), "The two governments'"
                    + " accounts of " + dossier.get(document.text("about")).text("title") + ", side by side.");
        });
    }

    Map<String, Object> forListing(String path, String title, String description) {
        return graph(webPage("CollectionPage", path, title, description));
    }

    private Map<String, Object> graph(Map<String, Object> page) {
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("@context", "https://schema.org");
        graph.put("@graph", List.of(webSite(), page));
        return graph;
    }

    private Map<String, Object> webSite() {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("@type", "EntryPoint");
        target.put("urlTemplate", site.of(SEARCH_PAGE) + "?q={search_term_string}");
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("@type", "SearchAction");
        search.put("target", target);
        search.put("query-input", "required name=search_term_string");
        Map<String, Object> website = new LinkedHashMap<>();
        website.put("@type", "WebSite");
        website.put("@id", site.root() + "#website");
        website.put("url", site.root());
        website.put("name", siteTitle);
        website.put("inLanguage", "en");
        website.put("potentialAction", search);
        return website;
    }

    private Map<String, Object> webPage(String type, String path, String name, String description) {
        Map<String, Object> page = thing(type, path, name);
        page.put("description", description);
        page.put("isPartOf", Map.of("@id", site.root() + "#website"));
        return page;
    }

    private Map<String, Object> round(Document round) {
        Map<String, Object> event = thing("Event", SitePaths.of(round), round.text("title"));
        event.put("description", round.text("outcome"));
        putDates(event, round);
        event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("addressLocality", round.text("city"));
        address.put("addressCountry", round.text("country"));
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", round.text("city") + ", " + round.text("country"));
        place.put("address", address);
        event.put("location", place);
        List<Object> attendees = new ArrayList<>();
        round.sides("delegations").values().forEach(ids -> ids.forEach(id -> attendees.add(actor(dossier.get(id), false))));
        event.put("attendee", attendees);
        event.put("about", round.list("topics").stream().map(id -> dossier.get(id).text("title")).toList());
        return event;
    }

    /**
     * A measure as schema.org's Legislation (a government's order or rule): its kind, jurisdiction, the day of its
     * first step, and whether it was in force on the date the dossier's record runs to.
     */
    private Map<String, Object> measure(Document measure) {
        Map<String, Object> thing = thing("Legislation", SitePaths.of(measure), measure.text("title"));
        thing.put("description", measure.text("covers"));
        thing.put("legislationType", measure.text("kind"));
        thing.put("legislationJurisdiction", "us".equals(measure.text("side")) ? "United States" : "China");
        thing.put("legislationDate", measure.steps("history").get(0).date().toString());
        boolean inForce = MeasureRegister.standingOn(measure, dossier.coverage().recordRunsTo())
                .map(step -> step.status().equals("in-force")).orElse(false);
        thing.put("legislationLegalForce", inForce ? "https://schema.org/InForce" : "https://schema.org/NotInForce");
        return thing;
    }

    private Map<String, Object> event(Document event) {
        Map<String, Object> thing = thing("Event", SitePaths.of(event), event.text("title"));
        putDates(thing, event);
        thing.put("about", event.list("topics").stream().map(id -> dossier.get(id).text("title")).toList());
        return thing;
    }

    private Map<String, Object> actor(Document actor, boolean full) {
        boolean person = "person".equals(actor.text("kind"));
        Map<String, Object> thing = thing(person ? "Person" : "GovernmentOrganization", SitePaths.of(actor),
                actor.text("name"));
        if (!full) {
            return thing;
        }
        List<String> otherNames = new ArrayList<>();
        for (String field : List.of("short_name", "native_name")) {
            if (actor.has(field)) {
                otherNames.add(actor.text(field));
            }
        }
        if (!otherNames.isEmpty()) {
            thing.put("alternateName", otherNames);
        }
        thing.put(person ? "jobTitle" : "description", actor.text("role"));
        return thing;
    }

    private Map<String, Object> quote(Document quote) {
        Map<String, Object> quotation = thing("Quotation", SitePaths.of(quote), null);
        quotation.remove("name");
        quotation.put("text", quote.text("text"));
        quotation.put("creator", actor(dossier.get(quote.text("speaker")), false));
        // Only a date the words were said is the quotation's own; a date of report belongs to the source.
        if ("said".equals(quote.text("date_basis"))) {
            quotation.put("dateCreated", quote.date("date").toString());
        }
        quotation.put("isBasedOn", source(dossier.get(quote.text("source"))));
        quotation.put("citation", Citation.of(quote, dossier, site).line());
        return quotation;
    }

    private Map<String, Object> source(Document source) {
        Map<String, Object> work = thing("CreativeWork", SitePaths.of(source), source.text("title"));
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", source.text("publisher"));
        work.put("publisher", publisher);
        if (source.has("date")) {
            work.put("datePublished", source.date("date").toString());
        }
        // The document itself, where a reader can open it: schema.org's sameAs names the same work elsewhere.
        if (source.has("url")) {
            work.put("sameAs", source.text("url"));
        }
        return work;
    }

    private Map<String, Object> thing(String type, String path, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("@id", site.of(path) + "#" + type.toLowerCase(java.util.Locale.ROOT));
        thing.put("url", site.of(path));
        thing.put("name", name);
        return thing;
    }

    private static void putDates(Map<String, Object> thing, Document dated) {
        thing.put("startDate", Dates.isoOf(dated));
        thing.put("endDate", Dates.isoOfEnd(dated));
    }
}
