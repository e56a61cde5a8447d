package dossier.site;

/**
 * The pages that list documents rather than show one. Each is rendered with its own template,
 * registered in jbake.properties as {@code template.<jbakeType>.file}.
 */
public enum ListingPage {
    HOME("index.html", "home"),
    ROUNDS("rounds/index.html", "roundsindex"),
    ACTORS("actors/index.html", "actorsindex"),
    TOPICS("topics/index.html", "topicsindex"),
    QUOTES("quotes/index.html", "quotesindex"),
    TIMELINE("timeline.html", "timeline"),
    SOURCES("sources/index.html", "sourcesindex"),
    CORRECTIONS("corrections/index.html", "correctionsindex"),
    DATA("data.html", "data"),
    BRIEFING_BOOK("briefing-book.html", "briefingbook"),
    SEARCH("search.html", "search");

    private final String path;
    private final String jbakeType;

    ListingPage(String path, String jbakeType) {
        this.path = path;
        this.jbakeType = jbakeType;
    }

    public String path() {
        return path;
    }

    public String jbakeType() {
        return jbakeType;
    }
}
