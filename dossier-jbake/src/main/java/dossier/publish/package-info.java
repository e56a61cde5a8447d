/**
 * Layer 6, what the site publishes besides its pages: the feed, sitemap, JSON exports and their
 * documentation page, the calendar, each page's metadata and JSON-LD, and quote citations
 * ({@link dossier.publish.Publication}). Uses the views of {@code dossier.site}; nothing below uses it.
 */
package dossier.publish;
