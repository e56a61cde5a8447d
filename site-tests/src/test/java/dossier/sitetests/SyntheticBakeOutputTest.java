package dossier.sitetests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Making the bake faster must not change a byte of what it writes. A fixed synthetic dossier
 * ({@link SyntheticDossier}, 200 documents of every type, cross-referenced) is baked with the project's
 * extension, and the SHA-256 of every page is compared with the digests stored in
 * {@code src/test/resources/synthetic-bake-200.sha256}, recorded from a bake before the speed work.
 *
 * <p>When a template or a view changes the pages on purpose, the stored digests must change with it:
 * run this test with {@code -Dsynthetic.digests.write=true} to record the new ones, and commit them with
 * the change that explains them.
 */
class SyntheticBakeOutputTest {

    private static final int DOCUMENTS = 200;
    private static final Path EXPECTED = BakedSite.PROJECT.resolve("site-tests/src/test/resources/synthetic-bake-"
            + DOCUMENTS + ".sha256");

    @TempDir
    Path temp;

    @Test
    void theSyntheticDossierBakesToTheStoredPagesByteForByte() throws Exception {
        ScratchProject project = ScratchProject.copy(temp.resolve("project"),
                List.of("templates", "assets", "jbake.properties"));
        SyntheticDossier.write(DOCUMENTS, project.file("content"));
        Path site = temp.resolve("site");
        project.bake(site);
        List<String> actual = digests(site);

        if (Boolean.getBoolean("synthetic.digests.write")) {
            Files.writeString(EXPECTED, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
        // Compared as one line each way, so a failure names the pages that changed, not every digest.
        assertTrue(expected.equals(actual), () -> "pages differ from the stored bake: " + differences(expected, actual)
                + "\nIf the change is intended, record the new digests with -Dsynthetic.digests.write=true");
    }

    /** "sha256  path" for every page, sorted by path: the format of sha256sum. */
    private static List<String> digests(Path site) throws IOException, NoSuchAlgorithmException {
        List<String> lines = new ArrayList<>();
        for (Path page : ScratchProject.filesIn(site)) {
            String path = site.relativize(page).toString().replace('\\', '/');
            if (path.endsWith(".html")) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(page));
                lines.add(HexFormat.of().formatHex(digest) + "  " + path);
            }
        }
        lines.sort((a, b) -> a.substring(66).compareTo(b.substring(66)));
        return lines;
    }

    private static String differences(List<String> expected, List<String> actual) {
        Set<String> changed = new TreeSet<>();
        expected.stream().filter(line -> !actual.contains(line)).forEach(line -> changed.add(line.substring(66)));
        actual.stream().filter(line -> !expected.contains(line)).forEach(line -> changed.add(line.substring(66)));
        return changed.size() + " pages, e.g. " + changed.stream().limit(10).toList();
    }
}
