package dossier.sitetests;

import dossier.content.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java starters/New.java <type> <id>}, run as a contributor runs it in a copy of the project: a new
 * document of every type, in its folder, without the starter's prose comments, with what it can fill in filled
 * in; a document that then bakes once its placeholders are replaced; and a clear refusal of a taken or
 * malformed id.
 */
class NewDocumentCommandTest {

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "starters/New.java"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(project.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Run(process.waitFor(), out, err);
    }

    private ScratchProject project() {
        List<String> paths = new ArrayList<>(dossier.jbake.BakeInputs.ALL);
        paths.add("starters");
        return ScratchProject.copy(temp.resolve("project"), paths);
    }

    @Test
    void makesADocumentOfEveryTypeThatBakesOnceItsPlaceholdersAreReplaced() throws Exception {
        ScratchProject project = project();
        for (ContentType type : ContentType.values()) {
            String id = "new-" + type.jbakeType() + "-2025-10-24";
            Run run = run(project.root, type.jbakeType(), id);
            String path = "content/" + type.folder() + "/" + id + ".md";
            assertEquals(new Run(0, path, ""), run, type.toString());
            String text = project.read(path);
            assertFalse(text.lines().anyMatch(l -> l.startsWith("# ")), path + " keeps the starter's prose comments");
            if (type == ContentType.SOURCE) {
                assertTrue(text.contains("\naccessed: " + LocalDate.now() + " "), text);
                assertTrue(text.contains("\ndate: 2025-10-24 "), "the date in the id is the source's date: " + text);
            }
            // The contributor writes the real values.
            project.write(path, StarterFilesTest.filledIn(text).replace("YYYY-MM-DD", "2025-10-24"));
        }
        String event = "content/events/new-event-2025-10-24.md";
        project.write(event, StarterFilesTest.naming(project.read(event), "new-topic-2025-10-24"));
        project.bake(temp.resolve("site"));
        for (ContentType type : ContentType.values()) {
            assertTrue(Files.isRegularFile(temp.resolve("site").resolve(type.folder())
                    .resolve("new-" + type.jbakeType() + "-2025-10-24.html")), type.toString());
        }
    }

    @Test
    void leavesOtherDatesForTheContributorAndTheBakeSaysSo() throws Exception {
        ScratchProject project = project();
        assertEquals(0, run(project.root, "quote", "bessent-on-soybeans").exit());
        String text = project.read("content/quotes/bessent-on-soybeans.md");
        assertTrue(text.contains("\ndate: YYYY-MM-DD "), text);
    }

    @Test
    void refusesAnIdThatIsTakenOrIsNotASlug() throws Exception {
        ScratchProject project = project();
        Run taken = run(project.root, "quote", "geneva");
        assertEquals(2, taken.exit());
        assertEquals("New.java: the id 'geneva' is taken by content/rounds/geneva.md: ids are unique across the"
                + " dossier, so choose another", taken.err());
        Run malformed = run(project.root, "quote", "Bessent_Soybeans");
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().contains("'Bessent_Soybeans' is not an id"), malformed.err());
        assertEquals(List.of(), ScratchProject.filesIn(project.root.resolve("content/quotes")).stream()
                .filter(p -> p.toString().contains("essent_")).toList());
    }
}
