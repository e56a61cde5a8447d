import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rewrites a dossier's content for stock JBake, which reads only its own header ({@code key=value} lines,
 * then {@code ~~~~~~}), not YAML front matter: each file keeps its body and gets JBake's type (from its
 * folder), status, title (or an actor's name) and date (2025-01-01 for the undated types). Used by
 * bench/run.sh --stock, so that JBake's own crawler and renderer bake the same documents as the project.
 *
 * usage: java StockContent.java <content folder> <JBake content folder>
 */
public class StockContent {

    private static final Map<String, String> TYPES = Map.of("rounds", "round", "actors", "actor", "topics", "topic",
            "events", "event", "quotes", "quote", "sources", "source", "corrections", "correction");
    private static final Pattern FIELD = Pattern.compile("^([a-z_]+): *(.*)$");

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Path relative = from.relativize(file);
                String type = TYPES.get(relative.getName(0).toString());
                String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("(?m)^---\\s*$", 3);
                String title = "", date = "2025-01-01";
                for (String line : parts[1].split("\n")) {
                    Matcher field = FIELD.matcher(line);
                    if (field.matches()) {
                        String value = field.group(2).strip().replaceAll("^\"|\"$", "");
                        switch (field.group(1)) {
                            case "title", "name" -> title = value;
                            case "date" -> date = value;
                            default -> { }
                        }
                    }
                }
                String header = String.join("\n", List.of("title=" + title, "type=" + type, "status=published",
                        "date=" + date, "~~~~~~", ""));
                Path target = to.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.writeString(target, header + parts[2].stripLeading(), StandardCharsets.UTF_8);
            }
        }
    }
}
