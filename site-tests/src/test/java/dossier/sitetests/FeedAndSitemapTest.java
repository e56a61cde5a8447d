package dossier.sitetests;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** feed.xml is Atom with one entry per round, event and quote; sitemap.xml lists every page; robots.txt points to it. */
class FeedAndSitemapTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Element parse(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(BakedSite.SITE.resolve(file).toFile()).getDocumentElement();
    }

    /** The texts of the children of {@code parent} with this name in this namespace. */
    private static List<String> children(Element parent, String namespace, String name) {
        List<String> texts = new ArrayList<>();
        for (Element child : elements(parent.getChildNodes())) {
            if (namespace.equals(child.getNamespaceURI()) && name.equals(child.getLocalName())) {
                texts.add(child.getTextContent().strip());
            }
        }
        return texts;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<Element> entries(Element feed) {
        return elements(feed.getElementsByTagNameNS(ATOM, "entry"));
    }

    private static String one(Element parent, String name) {
        List<String> values = children(parent, ATOM, name);
        assertEquals(1, values.size(), "number of atom:" + name);
        return values.get(0);
    }

    @Test
    void theFeedIsAtomWithTheElementsEveryFeedAndEntryMustHave() throws Exception {
        Element feed = parse("feed.xml");
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(BakedSite.host() + "/", one(feed, "id"));
        one(feed, "title");
        one(feed, "updated");
        one(feed, "author");
        for (Element entry : entries(feed)) {
            one(entry, "id");
            one(entry, "title");
            one(entry, "updated");
        }
    }

    @Test
    void theFeedHasOneEntryPerPublishedRoundEventAndQuoteIdentifiedByItsPermalink() throws Exception {
        List<String> expected = Stream.of("rounds", "events", "quotes")
                .flatMap(folder -> ContentFiles.published(folder).stream())
                .map(file -> BakedSite.address(file.page())).sorted().toList();
        List<Element> entries = entries(parse("feed.xml"));
        assertEquals(expected, entries.stream().map(e -> one(e, "id")).sorted().toList());
        for (Element entry : entries) {
            Element link = elements(entry.getElementsByTagNameNS(ATOM, "link")).get(0);
            assertEquals(one(entry, "id"), link.getAttribute("href"));
        }
    }

    @Test
    void theFeedIsNewestFirstAndAsNewAsItsNewestEntry() throws Exception {
        Element feed = parse("feed.xml");
        List<String> updated = entries(feed).stream().map(e -> one(e, "updated")).toList();
        assertEquals(updated.stream().sorted(Comparator.reverseOrder()).toList(), updated);
        assertEquals(updated.get(0), one(feed, "updated"));
        String newestContentDate = Stream.of("rounds", "events", "quotes")
                .flatMap(folder -> ContentFiles.published(folder).stream())
                .map(file -> file.date("date")).max(Comparator.naturalOrder()).orElseThrow();
        assertEquals(newestContentDate + "T00:00:00Z", one(feed, "updated"));
    }

    @Test
    void everyPageOffersTheFeed() {
        for (Path page : BakedSite.pages()) {
            assertEquals(1, BakedSite.page(page).select("head link[rel=alternate][type=application/atom+xml]").size(),
                    page.toString());
        }
    }

    @Test
    void theSitemapListsEveryPageByItsPublishedAddress() throws Exception {
        Element urlset = parse("sitemap.xml");
        assertEquals(SITEMAP, urlset.getNamespaceURI());
        List<String> listed = elements(urlset.getElementsByTagNameNS(SITEMAP, "loc")).stream()
                .map(loc -> loc.getTextContent().strip()).sorted().toList();
        List<String> pages = BakedSite.pages().stream().map(p -> BakedSite.address(p.toString())).sorted().toList();
        assertEquals(pages, listed);
    }

    @Test
    void robotsTxtAllowsEverythingAndNamesTheSitemap() {
        assertTrue(Files.isRegularFile(BakedSite.SITE.resolve("robots.txt")));
        List<String> lines = BakedSite.text("robots.txt").lines().toList();
        assertTrue(lines.contains("User-agent: *"), lines.toString());
        assertTrue(lines.contains("Sitemap: " + BakedSite.address("sitemap.xml")), lines.toString());
    }
}
