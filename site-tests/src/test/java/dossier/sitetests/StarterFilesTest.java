package dossier.sitetests;

import dossier.content.ContentType;
import dossier.sitetests.ContentFiles.ContentFile;
import dossier.validation.Schema;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The starter files (starters/&lt;type&gt;.md), used as CONTRIBUTING.md says: each copied into the content
 * folder of a scratch copy of the dossier under a new id, then baked with JBake and the project's
 * extension. Each new page is baked and linked from every page that should list it.
 */
class StarterFilesTest {

    private static final Path STARTERS = BakedSite.PROJECT.resolve("starters");

    private static Path site;
    private static ScratchProject project;

    /** The id each starter gets: content/quotes/new-quote.md and so on. */
    private static String newId(ContentType type) {
        return "new-" + type.jbakeType();
    }

    private static Path starter(ContentType type) {
        return STARTERS.resolve(type.jbakeType() + ".md");
    }

    @BeforeAll
    static void copyEveryStarterIntoTheContentAndBake(@TempDir Path temp) throws Exception {
        project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        for (ContentType type : ContentType.values()) {
            project.write("content/" + type.folder() + "/" + newId(type) + ".md", filledIn(Files.readString(starter(type))));
        }
        // A new topic is named by something in the story (the bake's rule), as a contributor would name it.
        String event = "content/events/" + newId(ContentType.EVENT) + ".md";
        project.write(event, naming(project.read(event), newId(ContentType.TOPIC)));
        site = temp.resolve("site");
        project.bake(site);
    }

    /**
     * The starter as a contributor saves it: every placeholder replaced (an unedited starter fails the bake,
     * see BadContentFailsTheBakeTest), every example id and date kept.
     */
    /** The document with one more topic in its {@code topics} list. */
    static String naming(String document, String topic) {
        return document.replaceFirst("(?m)^topics: \\[", "topics: [" + topic + ", ");
    }

    static String filledIn(String starter) {
        return starter.replace("\"Replace with ", "\"Filled in: ")
                .replaceAll("(?m)^Replace this.*$", "Filled in by the contributor, in their own words.");
    }

    @TestFactory
    Stream<DynamicTest> eachStarterFillsInEveryFieldOfItsType() {
        return Arrays.stream(ContentType.values()).map(type -> dynamicTest(type.jbakeType(), () -> {
            ContentFile starter = ContentFiles.read(type.folder(), starter(type));
            // Fields that exclude each other (a source's url or no_url) are shown as commented alternatives.
            Set<String> shown = new java.util.TreeSet<>(starter.fields().keySet());
            java.util.regex.Matcher alternative = java.util.regex.Pattern.compile("(?m)^#([a-z_]+): ")
                    .matcher(Files.readString(starter(type)));
            while (alternative.find()) {
                shown.add(alternative.group(1));
            }
            assertEquals(new java.util.TreeSet<>(Schema.fieldsOf(type).keySet()), shown,
                    "starters/" + type.jbakeType() + ".md must show every field of " + type.withArticle());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachStarterIsBakedAndLinkedFromEveryPageThatShouldListIt() {
        return Arrays.stream(ContentType.values()).map(type -> dynamicTest(type.jbakeType(), () -> {
            ContentFile starter = ContentFiles.read(type.folder(), starter(type));
            String page = type.folder() + "/" + newId(type) + ".html";
            assertTrue(Files.isRegularFile(site.resolve(page)), page + " was not baked");
            List<String> missing = new ArrayList<>();
            for (String listing : pagesThatShouldLink(type, starter)) {
                if (!linksTo(listing, page)) {
                    missing.add(listing);
                }
            }
            assertEquals(List.of(), missing, "pages that do not link to " + page);
        }));
    }

    /**
     * The starter actor says {@code delegation: member}: the record puts them in their side's delegation
     * without naming rounds, so every negotiating round shows them apart and their page claims no round.
     */
    @TestFactory
    Stream<DynamicTest> aDelegationMemberWithoutRecordedRoundsIsListedApartOnEveryNegotiatingRound() throws IOException {
        ContentFile actor = ContentFiles.read("actors", starter(ContentType.ACTOR));
        assertEquals("member", actor.text("delegation"), "starters/actor.md shows 'delegation: member'");
        String actorPage = "actors/" + newId(ContentType.ACTOR) + ".html";
        return ContentFiles.published("rounds").stream().map(round -> dynamicTest(round.id(), () -> {
            Document page = Jsoup.parse(site.resolve(round.page()).toFile(), "UTF-8");
            org.jsoup.nodes.Element delegations = page.selectFirst("section[aria-labelledby=delegations]");
            boolean listed = delegations.select("a[href$=/" + newId(ContentType.ACTOR) + ".html]").size() == 1;
            assertEquals("negotiation".equals(round.text("kind")), listed, round.page());
            if (listed) {
                assertTrue(delegations.text().contains("the sources do not say which rounds"), round.page());
            }
            assertFalse(linksTo(actorPage, round.page()), actorPage + " claims " + round.page());
            Document own = Jsoup.parse(site.resolve(actorPage).toFile(), "UTF-8");
            assertTrue(own.selectFirst("section[aria-labelledby=rounds]").text()
                    .contains("the sources do not say which rounds"), actorPage);
        }));
    }

    /** Worked out from the starter's own fields: the indexes and the pages of what it names. */
    private static Set<String> pagesThatShouldLink(ContentType type, ContentFile starter) {
        Set<String> pages = new java.util.TreeSet<>();
        switch (type) {
            case ROUND -> {
                pages.addAll(List.of("index.html", "rounds/index.html", "timeline.html"));
                pages.addAll(pagesOf("topics", starter.list("topics")));
                @SuppressWarnings("unchecked")
                Map<String, List<String>> delegations = (Map<String, List<String>>) starter.fields().get("delegations");
                delegations.values().forEach(side -> pages.addAll(pagesOf("actors", side)));
                pages.addAll(pagesOf("sources", starter.list("sources")));
            }
            case ACTOR -> {
                pages.add("actors/index.html");
                if (starter.fields().containsKey("delegation")) {
                    ContentFiles.published("rounds").stream().filter(r -> "negotiation".equals(r.text("kind")))
                            .forEach(r -> pages.add(r.page()));
                }
            }
            case TOPIC -> pages.add("topics/index.html");
            case EVENT -> {
                pages.add("timeline.html");
                pages.addAll(pagesOf("actors", starter.list("actors")));
                pages.addAll(pagesOf("topics", starter.list("topics")));
                pages.addAll(pagesOf("rounds", starter.list("round")));
                pages.addAll(pagesOf("sources", starter.list("sources")));
            }
            case QUOTE -> {
                pages.addAll(List.of("quotes/index.html", "timeline.html"));
                pages.addAll(pagesOf("actors", starter.list("speaker")));
                pages.addAll(pagesOf("rounds", starter.list("round")));
                pages.addAll(pagesOf("topics", starter.list("topics")));
                pages.addAll(pagesOf("sources", starter.list("source")));
                pages.addAll(pagesOf("sources", starter.list("sources")));
            }
            case SOURCE -> pages.add("sources/index.html");
            case MEASURE -> {
                // The register, each step's source, and the round or event that brought a step about.
                pages.add("measures/index.html");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> steps = (List<Map<String, Object>>) starter.fields().get("history");
                for (Map<String, Object> step : steps) {
                    pages.addAll(pagesOf("sources", List.of(step.get("source").toString())));
                    if (step.containsKey("changed_by")) {
                        pages.add(pageOfAnyType(step.get("changed_by").toString()));
                    }
                }
            }
            case READOUT -> {
                // The comparisons' index, the round or event it is about, and each account's source.
                pages.add("readouts/index.html");
                pages.add(pageOfAnyType(starter.text("about")));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> accounts = (List<Map<String, Object>>) starter.fields().get("accounts");
                for (Map<String, Object> account : accounts) {
                    pages.addAll(pagesOf("sources", List.of(account.get("source").toString())));
                }
            }
            case CORRECTION -> {
                pages.add("corrections/index.html");
                pages.addAll(pagesOf("sources", starter.list("source")));
                for (String id : starter.list("affects")) {
                    pages.add(pageOfAnyType(id));
                }
            }
        }
        return pages;
    }

    private static List<String> pagesOf(String folder, List<String> ids) {
        return ids.stream().map(id -> folder + "/" + id + ".html").toList();
    }

    private static String pageOfAnyType(String id) {
        return Arrays.stream(ContentType.values()).map(ContentType::folder)
                .filter(folder -> Files.exists(project.file("content/" + folder + "/" + id + ".md")))
                .findFirst().map(folder -> folder + "/" + id + ".html")
                .orElseThrow(() -> new AssertionError("no content file with id " + id));
    }

    private static boolean linksTo(String from, String to) throws IOException {
        Path fromFile = site.resolve(from);
        Document page = Jsoup.parse(fromFile.toFile(), "UTF-8", fromFile.toUri().toString());
        Path target = site.resolve(to).normalize();
        return page.select("a[href]").stream()
                .map(a -> a.absUrl("href").replaceFirst("#.*$", ""))
                .filter(url -> url.startsWith("file:"))
                .anyMatch(url -> Path.of(URI.create(url)).normalize().equals(target));
    }
}
