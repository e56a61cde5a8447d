import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new document in one command, run from the project folder:
 *
 * <pre>java starters/New.java quote bessent-on-soybeans</pre>
 *
 * It copies the starter for the type (starters/quote.md) to the type's folder under the given id
 * (content/quotes/bessent-on-soybeans.md), without the starter's prose comments (each field keeps its own),
 * fills in what it can (today as the day a source was read or a correction made; a date written in the id, as
 * in xinhua-2025-11-10-port-fees, as the document's date; YYYY-MM-DD, which the bake refuses until it is
 * replaced, for any other date), and prints the path to open. It refuses an id that is not a slug or that a
 * file already has, since ids are unique across the dossier. The bake then names every placeholder left.
 */
public class New {

    /** Each type, as the starters name it, and its folder under content/ (dossier.content.ContentType). */
    static final Map<String, String> FOLDERS = Map.of("round", "rounds", "actor", "actors", "topic", "topics",
            "event", "events", "quote", "quotes", "source", "sources", "correction", "corrections",
            "measure", "measures", "readout", "readouts");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE_IN_ID = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    /** A commented-out optional field ("#archive_url: ...") stays: it shows the field. Other # lines are prose. */
    private static final Pattern COMMENTED_FIELD = Pattern.compile("^#[a-z_]+:.*");

    public static void main(String[] args) throws IOException {
        Path project = Path.of("").toAbsolutePath();
        if (args.length != 2) {
            fail("usage: java starters/New.java <type> <id>, e.g. java starters/New.java quote bessent-on-soybeans;"
                    + " types: " + String.join(", ", FOLDERS.keySet().stream().sorted().toList()));
        }
        String type = args[0];
        String id = args[1];
        String folder = FOLDERS.get(type);
        if (folder == null) {
            fail("unknown type '" + type + "': use one of " + String.join(", ", FOLDERS.keySet().stream().sorted().toList()));
        }
        if (!SLUG.matcher(id).matches()) {
            fail("'" + id + "' is not an id: use lowercase letters, digits and single hyphens, e.g. bessent-on-soybeans");
        }
        Path content = project.resolve("content");
        Path starter = project.resolve("starters").resolve(type + ".md");
        if (!Files.isDirectory(content) || !Files.isRegularFile(starter)) {
            fail("run this from the project folder (the one with content/ and starters/)");
        }
        try (Stream<Path> files = Files.walk(content)) {
            Path taken = files.filter(p -> p.getFileName().toString().equals(id + ".md")).findFirst().orElse(null);
            if (taken != null) {
                fail("the id '" + id + "' is taken by " + project.relativize(taken) + ": ids are unique across the"
                        + " dossier, so choose another");
            }
        }
        Path target = content.resolve(folder).resolve(id + ".md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, fillIn(Files.readString(starter, StandardCharsets.UTF_8), type, id, LocalDate.now()),
                StandardCharsets.UTF_8);
        System.out.println(project.relativize(target));
    }

    static String fillIn(String starter, String type, String id, LocalDate today) {
        Matcher dateInId = DATE_IN_ID.matcher(id);
        String documentDate = dateInId.find() ? dateInId.group(1) : "YYYY-MM-DD";
        List<String> lines = new ArrayList<>();
        for (String line : starter.split("\n", -1)) {
            if (line.startsWith("#") && !COMMENTED_FIELD.matcher(line).matches()) {
                continue;
            }
            if (line.startsWith("accessed:") || type.equals("correction") && line.startsWith("date:")) {
                line = line.replaceFirst("^(\\w+): \\S+", "$1: " + today);
            } else if (line.startsWith("date:")) {
                line = line.replaceFirst("^date: \\S+", "date: " + documentDate);
            } else {
                // Any other date (an end, a step's day) is the contributor's to write: the starter's example
                // would otherwise bake as if it were true.
                line = line.replaceFirst("^(\\s*(?:- )?(?:end_date|date|until|announced)): \\d{4}-\\d{2}-\\d{2}",
                        "$1: YYYY-MM-DD");
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    private static void fail(String message) {
        System.err.println("New.java: " + message);
        System.exit(2);
    }
}
