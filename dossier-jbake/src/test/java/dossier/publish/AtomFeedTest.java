package dossier.publish;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Document feed() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String xml = new Published().files().get("feed.xml");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                texts.add(nodes.item(i).getTextContent());
            }
        }
        return texts;
    }

    private static List<Element> entries(Document feed) {
        List<Element> entries = new ArrayList<>();
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    @Test
    void hasOneEntryPerRoundEventAndQuoteNewestFirstEachIdentifiedByItsPermalink() throws Exception {
        List<String> ids = entries(feed()).stream().flatMap(e -> texts(e, "id").stream()).toList();
        assertEquals(List.of(Published.HOST + "/quotes/everything.html", Published.HOST + "/events/truce.html",
                Published.HOST + "/rounds/geneva.html"), ids);
    }

    @Test
    void isAsNewAsItsNewestEntryAndIdentifiedByTheSitesAddress() throws Exception {
        Element feed = feed().getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(List.of("2025-10-24T00:00:00Z"), texts(feed, "updated"));
        assertEquals(List.of(Published.HOST + "/"), texts(feed, "id"));
        assertEquals(List.of("Trade talks"), texts(feed, "title"));
    }

    @Test
    void datesEachEntryByItsOwnDayAndTitlesItAsTheSiteDoes() throws Exception {
        List<Element> entries = entries(feed());
        assertEquals(List.of("2025-10-24T00:00:00Z", "2025-05-14T00:00:00Z", "2025-05-10T00:00:00Z"),
                entries.stream().flatMap(e -> texts(e, "updated").stream()).toList());
        assertEquals(List.of("Scott Bessent: “Everything on the table”", "The truce takes effect", "Geneva talks"),
                entries.stream().flatMap(e -> texts(e, "title").stream()).toList());
    }
}
