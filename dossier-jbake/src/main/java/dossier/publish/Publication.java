package dossier.publish;

import dossier.base.Json;
import dossier.base.SitePaths;
import dossier.content.Document;
import dossier.model.Dossier;
import dossier.site.ListingPage;
import dossier.site.PageFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dossier.content.ContentType.QUOTE;

/**
 * How the dossier is published at its address (site.host): each page's metadata (canonical URL,
 * Open Graph type, JSON-LD), the quote citations, and the files beside the pages: the Atom feed,
 * sitemap.xml, robots.txt, the JSON exports and the calendar of rounds.
 */
public final class Publication {

    private final Dossier dossier;
    private final PageFactory pages;
    private final SiteAddress site;
    private final JsonLd jsonLd;
    private final AtomFeed feed;
    private final DataExports exports;
    private final RoundsCalendar calendar;

    public Publication(Dossier dossier, SiteAddress site, String siteTitle) {
        this.pages = new PageFactory(dossier);
        this.dossier = dossier;
        this.site = site;
        this.jsonLd = new JsonLd(dossier, site, siteTitle);
        this.feed = new AtomFeed(dossier, pages, site, siteTitle);
        this.exports = new DataExports(dossier, pages, site);
        this.calendar = new RoundsCalendar(dossier, site, siteTitle);
    }

    /** The view of a listing page: the data page documents the files published here, the rest are the site's. */
    public Object pageFor(ListingPage listing) {
        return listing == ListingPage.DATA ? DataExports.page() : pages.pageFor(listing);
    }

    public PageMetadata metadataFor(Document document) {
        return new PageMetadata(site.of(SitePaths.of(document)), "article",
                Json.forHtmlScript(jsonLd.forDocument(document)));
    }

    public PageMetadata metadataFor(ListingPage listing) {
        return new PageMetadata(site.of(listing.path()), "website",
                Json.forHtmlScript(jsonLd.forListing(listing.path(), listing.title(), listing.description())));
    }

    /** How to cite a quote. */
    public Citation citationFor(Document quote) {
        if (quote.type() != QUOTE) {
            throw new IllegalArgumentException(quote.id() + " is not a quote");
        }
        return Citation.of(quote, dossier, site);
    }

    /**
     * The files published beside the pages, by path from the site's root.
     *
     * @param pages every page's path from the site's root, for the sitemap
     */
    public Map<String, String> files(List<String> pages) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(AtomFeed.FILE, feed.write());
        files.put(Sitemap.FILE, Sitemap.write(site, pages.stream().sorted().toList()));
        files.put(Sitemap.ROBOTS, Sitemap.robots(site));
        files.putAll(exports.write());
        files.put(RoundsCalendar.FILE, calendar.write());
        return files;
    }
}
