package dossier.sitetests;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The content files, read independently of the project's own parser (plain SnakeYAML), so that the
 * tests compare the baked site with what the files say rather than with the code under test.
 */
final class ContentFiles {

    /** The folders of content/, one per type, in the order the types are declared. */
    static final List<String> TYPE_FOLDERS = java.util.Arrays.stream(dossier.content.ContentType.values())
            .map(dossier.content.ContentType::folder).toList();

    record ContentFile(String folder, String id, Map<String, Object> fields) {
        boolean published() {
            return "published".equals(fields.get("status"));
        }

        String page() {
            return folder + "/" + id + ".html";
        }

        @SuppressWarnings("unchecked")
        List<String> list(String field) {
            Object value = fields.get(field);
            return value == null ? List.of() : value instanceof List ? (List<String>) value : List.of(value.toString());
        }

        String text(String field) {
            Object value = fields.get(field);
            return value == null ? null : value.toString();
        }

        /** A date field as YYYY-MM-DD (SnakeYAML reads dates as java.util.Date, midnight UTC); null when absent. */
        String date(String field) {
            Object value = fields.get(field);
            if (value instanceof java.util.Date date) {
                return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
            }
            return value == null ? null : value.toString();
        }
    }

    private ContentFiles() {
    }

    static List<ContentFile> published(String folder) {
        return all(folder).stream().filter(ContentFile::published).toList();
    }

    static List<ContentFile> all(String folder) {
        Path dir = BakedSite.PROJECT.resolve("content").resolve(folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> read(folder, p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one file as if it were in content/{@code folder}/ (its id is its file name). */
    static ContentFile read(String folder, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] parts = text.split("(?m)^---\\s*$", 3);
            Map<String, Object> fields = new Yaml().load(parts[1]);
            String name = file.getFileName().toString();
            return new ContentFile(folder, name.substring(0, name.length() - 3), fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
