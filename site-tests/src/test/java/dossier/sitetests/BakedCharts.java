package dossier.sitetests;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The charts as baked into a page, parsed as XML from the page's bytes. */
final class BakedCharts {

    private BakedCharts() {
    }

    /** The inline SVG with this class on a baked page, parsed as XML (so it must be well-formed). */
    static Document svg(String page, String cssClass) {
        String html = read(page);
        int start = html.indexOf("<svg");
        while (start >= 0) {
            int end = html.indexOf("</svg>", start);
            String markup = html.substring(start, end + "</svg>".length());
            if (markup.substring(0, markup.indexOf('>')).matches("(?s).*class=\"[^\"]*\\b" + cssClass + "\\b.*")) {
                return parse(markup);
            }
            start = html.indexOf("<svg", end);
        }
        throw new AssertionError(page + " has no <svg class=\"" + cssClass + "\">");
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

    /** A value as the file wrote it: SnakeYAML reads an unquoted date as a java.util.Date at midnight UTC. */
    static String text(Object value) {
        return value instanceof java.util.Date date
                ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : value.toString();
    }

    static String read(String page) {
        return read(BakedSite.SITE.resolve(page));
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
        } catch (Exception e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
