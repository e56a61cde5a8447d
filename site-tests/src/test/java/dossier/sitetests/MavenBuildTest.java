package dossier.sitetests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real build, as a contributor runs it: Maven with the JBake plugin on a copy of the project.
 * Bad content fails the build with the problem's file and line, and no site is left in target/site,
 * not even the one a previous good bake left there.
 */
class MavenBuildTest {

    private static final List<String> PROJECT_FILES = List.of("pom.xml", ".mvn", "content", "templates", "assets",
            "jbake.properties", "dossier-jbake/pom.xml", "dossier-jbake/src/main",
            "dossier-preview/pom.xml",
            "dossier-preview/src", "site-tests/pom.xml");

    @TempDir
    Path temp;

    @Test
    void badContentFailsTheMavenBuildAndLeavesNoSite() throws Exception {
        ScratchProject project = ScratchProject.copy(temp, PROJECT_FILES);
        String quote = "content/quotes/bessent-everything-on-the-table.md";
        int line = project.replaceLine(quote, "speaker:", "speaker: bessant");
        Path staleSite = project.file("target/site/index.html");
        Files.createDirectories(staleSite.getParent());
        Files.writeString(staleSite, "<!DOCTYPE html><title>an older bake</title>");

        Result result = mvn(project.root, "-o", "-B", "-q", "package", "-DskipTests");

        assertNotEquals(0, result.exitCode, "the build must fail");
        assertTrue(result.output.contains("[ERROR] " + quote + ":" + line + ": unknown speaker 'bessant'"
                + " (did you mean 'bessent'?)"), result.output);
        assertFalse(Files.exists(project.file("target/site")), "target/site must not survive a failed bake");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result mvn(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("mvn"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("mvn", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
