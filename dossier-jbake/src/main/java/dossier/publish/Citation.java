package dossier.publish;

import dossier.content.Document;
import dossier.model.Dossier;
import dossier.base.Dates;
import dossier.base.SitePaths;

/**
 * How to cite a quote: speaker, date, the words, the source, and the quote page's permalink.
 * The quote page shows it as a "Cite this" line; quotes.json carries it too.
 *
 * @param reference everything but the permalink: "Scott Bessent, 22 October 2025: “…” Source: …, publisher, date.",
 *                  then the source's address and the day it was read, where it has one
 * @param permalink the quote page's published address
 */
public record Citation(String reference, String permalink) {

    /** The whole line, as a reader would paste it. */
    public String line() {
        return reference + " " + permalink;
    }

    static Citation of(Document quote, Dossier dossier, SiteAddress site) {
        Document speaker = dossier.get(quote.text("speaker"));
        Document source = dossier.get(quote.text("source"));
        String date = Dates.day(quote.date("date")) + ("reported".equals(quote.text("date_basis")) ? " (reported)" : "");
        String reference = speaker.text("name") + ", " + date + ": “" + quote.text("text") + "” Source: "
                + source.text("title") + ", " + Dates.publisherAndDay(source.text("publisher"), source.date("date")) + "."
                + (source.has("url") ? " " + source.text("url") + " (accessed " + Dates.day(source.date("accessed")) + ")."
                : "");
        return new Citation(reference, site.of(SitePaths.of(quote)));
    }
}
