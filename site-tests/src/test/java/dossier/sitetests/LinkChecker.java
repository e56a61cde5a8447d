package dossier.sitetests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every reference a file of the site makes to the site (HTML, SVG, CSS, Atom or RSS feeds,
 * sitemaps, JSON exports) and says which do not resolve: a missing file, a missing #anchor, a path
 * out of the site. References to the site's own public address (site.host, used by feeds and
 * sitemaps) are checked as paths in the site; other hosts are not fetched.
 */
final class LinkChecker {

    /** The file types whose references are checked; a file of any other type makes none. */
    static final Set<String> CHECKED_TYPES = Set.of("html", "svg", "css", "xml", "atom", "rss", "json");

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+?)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");
    private static final Pattern SRCSET_URL = Pattern.compile("(?:^|,)\\s*(\\S+)");
    private static final Set<String> HTML_REFERENCES = Set.of("href", "src", "poster", "data", "action", "cite");

    private final Path site;
    private final String siteHost;
    private final Map<Path, Document> anchors = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param siteHost the site's public address, e.g. https://example.org/dossier (no trailing slash) */
    LinkChecker(Path site, String siteHost) {
        this.site = site;
        this.siteHost = siteHost.endsWith("/") ? siteHost.substring(0, siteHost.length() - 1) : siteHost;
    }

    static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase();
    }

    /** Each broken reference in one file (a path relative to the site), as "reference: why". */
    List<String> brokenReferences(Path file) {
        List<String> broken = new ArrayList<>();
        for (String reference : references(file)) {
            String problem = problemWith(file, reference);
            if (problem != null) {
                broken.add(reference + ": " + problem);
            }
        }
        return broken;
    }

    /** Every reference the file makes, in document order. */
    List<String> references(Path file) {
        String text = read(file);
        return switch (typeOf(file)) {
            case "html" -> htmlReferences(Jsoup.parse(text), this);
            case "svg" -> markupReferences(Jsoup.parse(text, "", Parser.xmlParser()));
            case "css" -> cssReferences(text);
            case "xml", "atom", "rss" -> feedReferences(Jsoup.parse(text, "", Parser.xmlParser()));
            case "json" -> jsonReferences(text);
            default -> List.of();
        };
    }

    private static List<String> htmlReferences(Document document, LinkChecker checker) {
        List<String> references = markupReferences(document);
        for (Element data : document.select("script[type=application/ld+json]")) {
            references.addAll(checker.jsonReferences(data.data()));
        }
        for (Element element : document.select("[srcset]")) {
            Matcher candidates = SRCSET_URL.matcher(element.attr("srcset"));
            while (candidates.find()) {
                references.add(candidates.group(1));
            }
        }
        for (Element style : document.select("style")) {
            references.addAll(cssReferences(style.data()));
        }
        return references;
    }

    /** href, src and the like on any element, including SVG's xlink:href, and url() in style attributes. */
    private static List<String> markupReferences(Document document) {
        List<String> references = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                if (HTML_REFERENCES.contains(name) || name.equals("xlink:href")) {
                    if (!(name.equals("data") && !element.normalName().equals("object"))) {
                        references.add(attribute.getValue().strip());
                    }
                } else if (name.equals("style")) {
                    references.addAll(cssReferences(attribute.getValue()));
                }
            }
        }
        return references;
    }

    private static List<String> cssReferences(String css) {
        List<String> references = new ArrayList<>();
        Matcher matcher = CSS_URL.matcher(css);
        while (matcher.find()) {
            references.add((matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip());
        }
        return references;
    }

    /** Atom link href, RSS link and sitemap loc elements, plus any href/src attribute. */
    private static List<String> feedReferences(Document document) {
        List<String> references = markupReferences(document);
        for (Element element : document.select("loc, image|loc, icon, logo")) {
            references.add(element.text().strip());
        }
        for (Element link : document.select("link")) {
            if (!link.hasAttr("href") && !link.text().isBlank()) {
                references.add(link.text().strip());
            }
        }
        return references;
    }

    /** Values of fields named like url, href or link, and any string on the site's own address. */
    private List<String> jsonReferences(String json) {
        List<String> references = new ArrayList<>();
        try {
            collectJson(new ObjectMapper().readTree(json), null, references);
        } catch (IOException e) {
            references.add("(not JSON: " + e.getMessage() + ")");
        }
        return references;
    }

    private void collectJson(JsonNode node, String field, List<String> references) {
        if (node.isTextual()) {
            String value = node.asText();
            boolean urlField = field != null && field.toLowerCase().matches(".*(url|href|link)$");
            if (urlField || value.startsWith(siteHost + "/")) {
                references.add(linkPart(field, value));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = fields.next();
                collectJson(entry.getValue(), entry.getKey(), references);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectJson(item, field, references));
        }
    }

    /**
     * The part of a JSON value that must resolve: a JSON-LD node id ("@id") names a thing, not an anchor,
     * so only its page must exist; a URL template (a SearchAction's "…?q={search_term_string}") only up
     * to its query.
     */
    private static String linkPart(String field, String value) {
        if ("@id".equals(field) && value.contains("#")) {
            return value.substring(0, value.indexOf('#'));
        }
        if (value.contains("{")) {
            String beforeTemplate = value.substring(0, value.indexOf('{'));
            return beforeTemplate.contains("?") ? beforeTemplate.substring(0, beforeTemplate.indexOf('?')) : beforeTemplate;
        }
        return value;
    }

    /** Why a reference from a file does not resolve, or null when it does. */
    String problemWith(Path file, String reference) {
        if (reference.isEmpty()) {
            return "empty";
        }
        if (reference.startsWith("(not JSON")) {
            return "the file cannot be read";
        }
        String local = reference;
        if (reference.equals(siteHost) || reference.startsWith(siteHost + "/")) {
            local = reference.equals(siteHost) ? "/" : reference.substring(siteHost.length());
        }
        URI uri;
        try {
            uri = new URI(local);
        } catch (URISyntaxException e) {
            return "not a valid URL (" + e.getReason() + ")";
        }
        if (uri.getScheme() != null || local.startsWith("//")) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            return Set.of("http", "https", "mailto", "tel", "data", "").contains(scheme) ? null
                    : "unexpected scheme '" + scheme + "'";
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target;
        if (path.isEmpty()) {
            target = file;
        } else if (path.startsWith("/")) {
            // Only the site's own address maps to an absolute path: the site must work from file://.
            if (local.equals(reference)) {
                return "a root-relative path: links in the site are relative";
            }
            target = Path.of(path.substring(1)).normalize();
        } else {
            target = file.resolveSibling(path).normalize();
        }
        if (target.startsWith("..")) {
            return "points outside the site";
        }
        if (path.endsWith("/") || Files.isDirectory(site.resolve(target))) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(site.resolve(target))) {
            return "no file " + target;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && typeOf(target).equals("html")
                && !hasAnchor(target, fragment)) {
            return "no element with id '" + fragment + "' in " + target;
        }
        return null;
    }

    private boolean hasAnchor(Path page, String fragment) {
        Document document = anchors.computeIfAbsent(page, p -> Jsoup.parse(read(p)));
        return document.getElementById(fragment) != null
                || !document.select("a[name]").stream().filter(a -> a.attr("name").equals(fragment)).toList().isEmpty();
    }

    private String read(Path file) {
        try {
            return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
