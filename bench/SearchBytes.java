import dossier.search.SearchIndex;
import dossier.search.SearchQueryFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the search page downloads, at most, before it shows the results of a query on a baked site: the
 * page, lunr, search.js, the manifest, the term shards the query needs (as search.js chooses them) and
 * the scripts with the entries of the 20 results it lists first (counted as the 20 largest such scripts
 * of the site, an upper bound). Prints the largest over the queries given, in KB.
 *
 *   java -cp dossier-jbake/target/classes bench/SearchBytes.java target/site tariff "rare earth" ...
 */
public final class SearchBytes {

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        long fixed = size(site.resolve("search.html")) + size(site.resolve("js/lunr.min.js"))
                + size(site.resolve("js/search.js")) + size(site.resolve(SearchIndex.MANIFEST));
        long firstResults;
        try (Stream<Path> files = Files.list(site.resolve(SearchIndex.FOLDER))) {
            firstResults = files.filter(f -> f.getFileName().toString().startsWith("pages-")).mapToLong(SearchBytes::size)
                    .boxed().sorted((a, b) -> Long.compare(b, a)).limit(20).mapToLong(Long::longValue).sum();
        }
        List<String> keys = shardKeys(Files.readString(site.resolve(SearchIndex.MANIFEST)));
        long most = 0;
        for (int i = 1; i < args.length; i++) {
            long shards = 0;
            for (int shard : SearchQueryFiles.termShards(keys, args[i])) {
                shards += size(site.resolve(SearchIndex.termsPath(shard)));
            }
            most = Math.max(most, fixed + shards + firstResults);
        }
        System.out.printf("%.0f%n", most / 1024.0);
    }

    /** The manifest's "shards": a JSON array of strings, read here without a JSON library. */
    static List<String> shardKeys(String manifest) {
        String array = manifest.substring(manifest.indexOf("\"shards\": [") + 11, manifest.lastIndexOf(']'));
        List<String> keys = new ArrayList<>();
        StringBuilder key = null;
        for (int i = 0; i < array.length(); i++) {
            char c = array.charAt(i);
            if (key == null) {
                if (c == '"') {
                    key = new StringBuilder();
                }
            } else if (c == '\\') {
                char next = array.charAt(++i);
                if (next == 'u') {
                    key.append((char) Integer.parseInt(array.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    key.append(switch (next) { case 'n' -> '\n'; case 't' -> '\t'; case 'r' -> '\r'; case 'b' -> '\b';
                        case 'f' -> '\f'; default -> next; });
                }
            } else if (c == '"') {
                keys.add(key.toString());
                key = null;
            } else {
                key.append(c);
            }
        }
        return keys;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
