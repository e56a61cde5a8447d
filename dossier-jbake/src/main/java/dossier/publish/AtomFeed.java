package dossier.publish;

import dossier.base.Xml;

import dossier.content.Document;
import dossier.model.Dossier;
import dossier.base.Dates;
import dossier.site.PageFactory;
import dossier.base.SitePaths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Atom feed (RFC 4287) of the story: one entry per round, event and quote, newest first. Each
 * entry's id is its page's permalink, and every date comes from the content (midnight UTC of the
 * day), so the feed changes only when the content does.
 */
final class AtomFeed {

    static final String FILE = "feed.xml";

    private final Dossier dossier;
    private final PageFactory pages;
    private final SiteAddress site;
    private final String siteTitle;

    AtomFeed(Dossier dossier, PageFactory pages, SiteAddress site, String siteTitle) {
        this.dossier = dossier;
        this.pages = pages;
        this.site = site;
        this.siteTitle = siteTitle;
    }

    String write() {
        List<Document> newestFirst = new ArrayList<>(dossier.timeline().entries());
        Collections.reverse(newestFirst);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n");
        element(xml, "  ", "title", siteTitle);
        element(xml, "  ", "subtitle", "Rounds, events and quotes of the 2025 US–China trade talks, newest first.");
        element(xml, "  ", "id", site.root());
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(Xml.escape(site.of(FILE))).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(site.of("index.html"))).append("\"/>\n");
        // An empty dossier has no newest entry; the feed is then as old as the epoch, never the build time.
        element(xml, "  ", "updated", newestFirst.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(newestFirst.get(0)));
        xml.append("  <author><name>").append(Xml.escape(siteTitle)).append("</name></author>\n");
        for (Document entry : newestFirst) {
            entry(xml, entry);
        }
        return xml.append("</feed>\n").toString();
    }

    private void entry(StringBuilder xml, Document document) {
        String permalink = site.of(SitePaths.of(document));
        xml.append("  <entry>\n");
        element(xml, "    ", "title", pages.label(document));
        element(xml, "    ", "id", permalink);
        xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(permalink)).append("\"/>\n");
        element(xml, "    ", "updated", timestamp(document));
        xml.append("    <category term=\"").append(document.type().jbakeType()).append("\"/>\n");
        element(xml, "    ", "summary", summary(document));
        xml.append("  </entry>\n");
    }

    private String summary(Document document) {
        String dates = Dates.of(document);
        return switch (document.type()) {
            case ROUND -> document.text("city") + ", " + document.text("country") + ", " + dates + ". "
                    + document.text("outcome");
            case QUOTE -> "“" + document.text("text") + "” " + dossier.get(document.text("speaker")).text("name")
                    + ", " + dates + ". " + document.text("setting") + ".";
            default -> document.text("title") + " (" + dates + ").";
        };
    }

    private static String timestamp(Document document) {
        return document.date("date") + "T00:00:00Z";
    }

    private static void element(StringBuilder xml, String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(Xml.escape(text))
                .append("</").append(name).append(">\n");
    }
}
