package dossier.site;

import java.util.List;

/**
 * The site's menu, the same on every page, marking where the reader is: {@code aria-current="page"} on the
 * listing that is the page itself, {@code "true"} on the listing whose folder the page is in (a round's page marks
 * "Rounds"). It reaches every listing page but search, which has its own box.
 */
public final class Menu {

    /** One entry: its label, its path from the site's root, and its aria-current value ("" where none). */
    public record Item(String label, String url, String current) {
    }

    private record Entry(ListingPage listing, String label) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(ListingPage.HOME, "Home"),
            new Entry(ListingPage.TIMELINE, "Timeline"),
            new Entry(ListingPage.ROUNDS, "Rounds"),
            new Entry(ListingPage.MEASURES, "In force"),
            new Entry(ListingPage.COMMITMENTS, "Commitments"),
            new Entry(ListingPage.READOUTS, "Readouts compared"),
            new Entry(ListingPage.ACTORS, "Actors"),
            new Entry(ListingPage.TOPICS, "Topics"),
            new Entry(ListingPage.QUOTES, "Quotes"),
            new Entry(ListingPage.SOURCES, "Sources"),
            new Entry(ListingPage.CORRECTIONS, "Corrections"),
            new Entry(ListingPage.BRIEFING_BOOK, "Briefing book"),
            new Entry(ListingPage.DATA, "Data"));

    private Menu() {
    }

    /** The menu as the page at {@code path} (from the site's root) shows it. */
    public static List<Item> forPage(String path) {
        return ENTRIES.stream().map(entry -> new Item(entry.label(), entry.listing().path(),
                current(entry.listing().path(), path))).toList();
    }

    private static String current(String listing, String page) {
        if (listing.equals(page)) {
            return "page";
        }
        int slash = listing.indexOf('/');
        return slash > 0 && listing.endsWith("/index.html") && page.startsWith(listing.substring(0, slash + 1)) ? "true" : "";
    }
}
