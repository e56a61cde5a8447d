package dossier.sitetests;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The site the build baked into target/site, read with jsoup. */
final class BakedSite {

    static final Path PROJECT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path SITE = PROJECT.resolve("target/site");
    /** The site's public address (site.host in jbake.properties, no trailing slash), which feeds and sitemaps use. */
    static final String HOST = siteHost();

    private static final Map<Path, Document> PARSED = new ConcurrentHashMap<>();

    private BakedSite() {
    }

    /** Every HTML page, as paths relative to the site's root, sorted. */
    static List<Path> pages() {
        if (!Files.isRegularFile(SITE.resolve("index.html"))) {
            throw new IllegalStateException("No baked site at " + SITE + ": run the tests with 'mvn verify',"
                    + " which bakes the site first");
        }
        try (Stream<Path> files = Files.walk(SITE)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(SITE::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the site (pages, stylesheets, images, feeds, exports), relative to its root, sorted. */
    static List<Path> files() {
        pages();
        try (Stream<Path> files = Files.walk(SITE)) {
            return files.filter(Files::isRegularFile).map(SITE::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String siteHost() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader reader = Files.newBufferedReader(PROJECT.resolve("jbake.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("site.host", "").replaceAll("/+$", "");
    }

    static Document page(Path relative) {
        return PARSED.computeIfAbsent(relative.normalize(), p -> {
            try {
                return Jsoup.parse(SITE.resolve(p).toFile(), "UTF-8", SITE.resolve(p).toUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Document page(String relative) {
        return page(Path.of(relative));
    }

    /** Where the site is published: site.host in jbake.properties, without a trailing slash. */
    static String host() {
        return HOST;
    }

    /** The published address of a page or file, from its path in the site. */
    static String address(String relative) {
        return host() + "/" + relative.replace('\\', '/');
    }

    /**
     * The pages the links inside {@code within} lead to, as paths from the site's root, fragments dropped;
     * {@code from} is the path of the page {@code within} is on. Links to an anchor on the same page are left out.
     */
    static List<String> linkedPages(Element within, String from) {
        return within.select("a[href]").stream()
                .map(a -> a.attr("href").replaceFirst("#.*", ""))
                .filter(href -> !href.isEmpty())
                .map(href -> Path.of(from).resolveSibling(href).normalize().toString())
                .toList();
    }

    static String text(String relative) {
        try {
            return Files.readString(SITE.resolve(relative), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
