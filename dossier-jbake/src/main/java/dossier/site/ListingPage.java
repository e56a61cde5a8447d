package dossier.site;

/**
 * The pages that list documents rather than show one. Each is rendered with its own template,
 * registered in jbake.properties as {@code template.<jbakeType>.file}. Titles and descriptions live
 * here, so the search index, the search page's links and the page metadata need not build the views.
 */
public enum ListingPage {
    HOME("index.html", "home", "US–China trade talks 2025: a briefing dossier",
            "What happened in each round of the 2025 US–China trade talks, who said what, when, and according"
                    + " to whom."),
    ROUNDS("rounds/index.html", "roundsindex", "Rounds of talks",
            "Every round of the 2025 US–China trade talks and the leaders' meeting, in date order."),
    ACTORS("actors/index.html", "actorsindex", "Actors", "The people and institutions in the talks, by side."),
    TOPICS("topics/index.html", "topicsindex", "Topics", "The subjects of the talks."),
    QUOTES("quotes/index.html", "quotesindex", "Quotes", "Every quoted statement in the dossier, by date, and who said them."),
    MEASURES("measures/index.html", "measuresindex", "What is in force: the register of measures",
            "Every tariff, export control, port fee and rule on listed firms either government imposed in the talks,"
                    + " and where each stood on the date the dossier's record runs to, with its history and sources."),
    COMMITMENTS("commitments.html", "commitmentsindex", "Commitments: was each kept?",
            "What each side promised at each round of the talks, and what the record shows became of each promise,"
                    + " with the source for every step."),
    READOUTS("readouts/index.html", "readoutsindex", "Readouts compared",
            "Where both governments published an account of the same round, meeting or call: the two side by side,"
                    + " in their own words, with what each mentioned that the other did not."),
    TIMELINE("timeline.html", "timeline", "Timeline",
            "Every round, event and quote of the 2025 US–China trade talks in date order, month by month."),
    SOURCES("sources/index.html", "sourcesindex", "Sources", "Every source the dossier cites, with the pages that cite it."),
    CORRECTIONS("corrections/index.html", "correctionsindex", "Corrections",
            "Errors found in the source material: what the source said, what is right, and on what record."),
    DATA("data.html", "data", "Data and feeds", "The dossier's rounds, actors, quotes and timeline as JSON files,"
            + " what each field means, and the feeds to follow updates."),
    BRIEFING_BOOK("briefing-book.html", "briefingbook", "Briefing book", "Every round of the 2025 US–China trade"
            + " talks in date order, with the timeline, on one page to print or save as PDF."),
    SEARCH("search.html", "search", "Search", "Search every page of the dossier.");

    private final String path;
    private final String jbakeType;
    private final String title;
    private final String description;

    ListingPage(String path, String jbakeType, String title, String description) {
        this.path = path;
        this.jbakeType = jbakeType;
        this.title = title;
        this.description = description;
    }

    public String path() {
        return path;
    }

    public String jbakeType() {
        return jbakeType;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
