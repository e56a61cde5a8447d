package dossier.jbake;

import dossier.search.SearchIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The files the search page loads besides assets/js/search.js: the index made at this bake (its
 * manifest, term shards and page entries), and lunr
 * (https://lunrjs.com), copied from its WebJar on the class path (org.webjars.npm:lunr, a dependency of
 * this module), so the site loads nothing from another host.
 */
public final class SearchFiles {

    /** Where lunr is written, from the site's root. */
    public static final String LUNR = "js/lunr.min.js";
    public static final String LUNR_LICENSE = "js/lunr-LICENSE.txt";
    private static final String WEBJAR = "META-INF/resources/webjars/lunr/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

    private SearchFiles() {
    }

    public static void write(Path site, SearchIndex index) {
        try {
            Files.createDirectories(site.resolve(SearchIndex.FOLDER));
            // Thousands of small files at a large bake: written on every core, each independent of the rest.
            index.files().entrySet().parallelStream().forEach(file -> {
                try {
                    Files.writeString(site.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String version = lunrVersion();
            copy(WEBJAR + version + "/lunr.min.js", site.resolve(LUNR));
            copy(WEBJAR + version + "/LICENSE", site.resolve(LUNR_LICENSE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebJar's version, from its own Maven metadata, so upgrading it is a change to the pom only. */
    private static String lunrVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource(WEBJAR_POM)) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = resource(resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SearchFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: is org.webjars.npm:lunr a dependency"
                    + " of dossier-jbake?");
        }
        return in;
    }
}
