package dossier.charts;

import dossier.model.TariffData;
import dossier.model.TariffData.RateChange;
import dossier.model.TariffData.TrucePeriod;
import dossier.model.Dossier;
import dossier.validation.MiniDossier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small dossier with a round, two events and a truce, and helpers to read charts as XML. */
final class ChartsFixture {

    static final String TRUCE_EVENT = """
            ---
            title: "The truce begins & <holds>"
            date: 2025-05-14
            actors: [bessent]
            topics: [tariffs]
            status: published
            sources: [report]
            ---
            """;

    private ChartsFixture() {
    }

    static Dossier dossier() {
        return new Dossier(new MiniDossier()
                .with("events/truce-begins.md", TRUCE_EVENT)
                .with("events/call.md", TRUCE_EVENT.replace("The truce begins & <holds>", "A call")
                        .replace("2025-05-14", "2025-06-05"))
                .validate().documents());
    }

    static List<TrucePeriod> truces() {
        return List.of(new TrucePeriod(LocalDate.parse("2025-05-14"), LocalDate.parse("2025-08-11"), false, "truce-begins",
                "report", "Geneva truce", 3));
    }

    static TariffData tariffs() {
        return new TariffData(List.of(
                new RateChange(LocalDate.parse("2025-02-04"), "us", 10, "report", "First", 1),
                new RateChange(LocalDate.parse("2025-03-04"), "us", 20, "report", "Second", 2),
                new RateChange(LocalDate.parse("2025-04-02"), "us", null, "report", "Announced only", 3),
                new RateChange(LocalDate.parse("2025-04-09"), "us", 145, "report", "Peak", 4),
                new RateChange(LocalDate.parse("2025-02-04"), "china", null, "report", "Product-specific", 5),
                new RateChange(LocalDate.parse("2025-04-11"), "china", 125, "report", "Peak", 6)),
                truces());
    }

    /** Parses the markup as XML: it must be well-formed SVG for this to succeed. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> withClass(Document svg, String name, String cssClass) {
        return elements(svg, name).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }
}
