package dossier.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a made-up dossier of exactly N documents in the project's content format, for the speed
 * benchmark (bench/run.sh) and for the test that a large bake keeps its output. The same N always
 * gives the same files. Every reference exists, so the project's validator accepts it.
 *
 * <p>Proportions follow a dossier that grows round by round: for every round about 2 actors,
 * 1 topic, 10 sources, 17 events and 60 quotes, with a correction every 200 documents. Dates span
 * about one day per five documents, so 10,000 documents cover five years. Bodies are about 300
 * words of Markdown. The text is filler: this content is never published.
 *
 * <p>Depends on the JDK only, so the benchmark runs it with {@code java SyntheticDossier.java N folder}.
 */
public final class SyntheticDossier {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final String[] WORDS = ("tariff talks delegation minister export control rare earth soybean"
            + " truce extension statement negotiators agreed reported said round meeting trade deficit"
            + " chip licence shipping port fees fentanyl measures review commerce treasury ministry council"
            + " framework consensus text summit leaders call readout announcement schedule relief suspension"
            + " percentage points rate goods imports exports market access purchases agriculture farm steel"
            + " aluminium vessels semiconductors investment currency bond security entity list sanctions"
            + " the a of to and in on for with by from at as that this which after before during between"
            + " officials spokesman briefing press conference week month year day morning evening afternoon"
            + " progress difficult constructive candid frank useful productive next steps working level").split(" ");

    private final Random random;
    private final int total;

    private SyntheticDossier(int total) {
        this.total = total;
        this.random = new Random(20_250_510L + total);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java SyntheticDossier.java <documents> <content folder to create>");
            System.exit(2);
        }
        write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    /** Writes N documents into {@code content} (created; must not hold other content). */
    public static void write(int documents, Path content) {
        new SyntheticDossier(documents).writeAll(content);
    }

    private void writeAll(Path content) {
        int rounds = Math.max(2, total / 90);
        int actors = Math.max(4, total / 45);
        int topics = Math.max(2, total / 90);
        int sources = Math.max(2, total / 9);
        int corrections = Math.max(1, total / 200);
        int events = Math.max(1, total * 17 / 90);
        int quotes = total - rounds - actors - topics - sources - corrections - events;
        if (quotes < 1) {
            throw new IllegalArgumentException("at least 20 documents, please, not " + total);
        }
        int days = Math.max(30, total / 5);

        for (int i = 0; i < sources; i++) {
            write(content, "sources", id("source", i), """
                    title: "%s"
                    publisher: "%s"
                    date: %s
                    kind: %s
                    url: "https://documents.example.org/%s"
                    accessed: 2026-01-15
                    status: published
                    """.formatted(title(6), title(2), date(days), pick("report", "statement", "readout",
                    "announcement", "fact-sheet"), id("source", i)), body());
        }
        for (int i = 0; i < topics; i++) {
            write(content, "topics", id("topic", i), """
                    title: "%s"
                    summary: "%s"
                    status: published
                    sources: %s
                    """.formatted(title(3), sentence(16), ids("source", sources, 2)), body());
        }
        for (int i = 0; i < actors; i++) {
            write(content, "actors", id("actor", i), """
                    name: "%s"
                    role: "%s"
                    side: %s
                    kind: %s
                    status: published
                    sources: %s
                    """.formatted(title(2), title(4), i % 5 == 4 ? "other" : i % 2 == 0 ? "us" : "china",
                    i % 7 == 6 ? "institution" : "person", ids("source", sources, 2)), body());
        }
        List<LocalDate> roundDates = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            roundDates.add(START.plusDays((long) days * i / rounds));
        }
        for (int i = 0; i < rounds; i++) {
            LocalDate date = roundDates.get(i);
            write(content, "rounds", id("round", i), """
                    title: "%s talks"
                    kind: %s
                    number: %d
                    date: %s
                    end_date: %s
                    city: %s
                    country: %s
                    delegations:
                      us: %s
                      china: %s
                    topics: %s
                    outcome: "%s"
                    status: published
                    sources: %s
                    """.formatted(title(1), i % 6 == 5 ? "leaders-meeting" : "negotiation", i + 1, date,
                    date.plusDays(1), title(1), title(1), ids("actor", actors, 3), ids("actor", actors, 3),
                    ids("topic", topics, 3), sentence(20), ids("source", sources, 4)), body());
        }
        for (int i = 0; i < events; i++) {
            write(content, "events", id("event", i), """
                    title: "%s"
                    date: %s
                    actors: %s
                    topics: %s
                    %sstatus: published
                    sources: %s
                    """.formatted(title(7), date(days), ids("actor", actors, 3), ids("topic", topics, 2),
                    random.nextInt(3) == 0 ? "round: " + id("round", random.nextInt(rounds)) + "\n" : "",
                    ids("source", sources, 2)), body());
        }
        for (int i = 0; i < quotes; i++) {
            boolean fragment = random.nextInt(4) == 0;
            String source = id("source", random.nextInt(sources));
            write(content, "quotes", id("quote", i), """
                    speaker: %s
                    kind: %s
                    text: "%s"
                    date: %s
                    date_basis: %s
                    setting: "%s"
                    source: %s
                    %stopics: %s
                    %sstatus: published
                    sources: [%s]
                    """.formatted(id("actor", random.nextInt(actors)), fragment ? "fragment" : "statement",
                    sentence(fragment ? 4 : 18), date(days), pick("said", "reported"), sentence(9), source,
                    random.nextInt(2) == 0 ? "round: " + id("round", random.nextInt(rounds)) + "\n" : "",
                    ids("topic", topics, 2), fragment ? "context: \"" + sentence(15) + "\"\n" : "", source),
                    body());
        }
        for (int i = 0; i < corrections; i++) {
            String source = id("source", random.nextInt(sources));
            write(content, "corrections", id("correction", i), """
                    title: "%s"
                    source: %s
                    said: "%s"
                    correct: "%s"
                    affects: [%s, %s]
                    date: %s
                    status: published
                    sources: [%s]
                    """.formatted(title(6), source, title(2), title(2), id("actor", random.nextInt(actors)),
                    id("quote", random.nextInt(quotes)), date(days), source), body());
        }
    }

    private static String id(String prefix, int i) {
        return prefix + "-" + (i + 1);
    }

    /** Up to {@code count} distinct ids out of {@code of}, as a YAML list. */
    private String ids(String prefix, int of, int count) {
        Set<String> ids = new LinkedHashSet<>();
        int wanted = 1 + random.nextInt(Math.min(count, of));
        while (ids.size() < wanted) {
            ids.add(id(prefix, random.nextInt(of)));
        }
        return "[" + String.join(", ", ids) + "]";
    }

    private LocalDate date(int days) {
        return START.plusDays(random.nextInt(days));
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String title(int words) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = word();
            title.append(i == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder(title(1));
        for (int i = 1; i < words; i++) {
            sentence.append(' ').append(word());
        }
        return sentence.toString();
    }

    /** About 300 words in five paragraphs, each led by a bold phrase like the real briefings. */
    private String body() {
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 5; paragraph++) {
            body.append("**").append(title(2)).append(".** ");
            for (int s = 0; s < 4; s++) {
                body.append(sentence(13 + random.nextInt(5))).append(s == 3 ? ".\n\n" : ". ");
            }
        }
        return body.toString();
    }

    private static void write(Path content, String folder, String id, String frontMatter, String body) {
        try {
            Path file = content.resolve(folder).resolve(id + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\n" + frontMatter + "---\n" + body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
