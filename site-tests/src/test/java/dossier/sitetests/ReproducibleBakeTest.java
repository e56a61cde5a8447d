package dossier.sitetests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two bakes of the same sources give byte-identical sites (no build time, no random id), so a pull
 * request's diff of the site shows only what its change changed. One comparison is with the site the
 * Maven build baked in another JVM, which also catches output that depends on hash or identity order.
 */
class ReproducibleBakeTest {

    @TempDir
    Path temp;

    @Test
    void twoBakesOfTheSameSourcesAreByteIdentical() throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        Path first = temp.resolve("first-bake");
        Path second = temp.resolve("second-bake");
        project.bake(first);
        project.bake(second);

        assertSameFiles(first, second);
        assertSameFiles(BakedSite.SITE, first);
    }

    private static void assertSameFiles(Path expected, Path actual) throws Exception {
        List<Path> expectedFiles = relativeFiles(expected);
        assertTrue(expectedFiles.contains(Path.of("index.html")), "no site in " + expected);
        assertEquals(expectedFiles, relativeFiles(actual), "the two bakes wrote different files");
        List<String> different = new ArrayList<>();
        for (Path file : expectedFiles) {
            if (Files.mismatch(expected.resolve(file), actual.resolve(file)) != -1) {
                different.add(file + " (first difference at byte " + Files.mismatch(expected.resolve(file),
                        actual.resolve(file)) + ")");
            }
        }
        assertEquals(List.of(), different, "files that differ between " + expected + " and " + actual);
    }

    private static List<Path> relativeFiles(Path folder) throws Exception {
        return ScratchProject.filesIn(folder).stream().map(folder::relativize).sorted().toList();
    }
}
