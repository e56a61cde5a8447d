package dossier.publish;

import dossier.base.Xml;

import java.util.Collection;

/** sitemap.xml (sitemaps.org 0.9) listing every page, and a robots.txt that points to it. */
final class Sitemap {

    static final String FILE = "sitemap.xml";
    static final String ROBOTS = "robots.txt";

    private Sitemap() {
    }

    /** @param pages paths of the pages from the site's root, in the order to list them */
    static String write(SiteAddress site, Collection<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(Xml.escape(site.of(page))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /**
     * Everything may be crawled. Crawlers read robots.txt only at a host's root: where site.host has
     * a path, the file takes effect once the site (or a copy of this file) is served there.
     */
    static String robots(SiteAddress site) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + site.of(FILE) + "\n";
    }
}
