package dossier;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The packages read as the pipeline, files to pages: each uses only packages of a lower layer (see each
 * package-info.java), so there are no cycles and a change low down never needs one higher up.
 */
class LayersTest {

    static final Map<String, Integer> LAYERS = Map.of("content", 1, "validation", 2, "base", 2,
            "model", 3, "search", 3, "charts", 4, "site", 5, "publish", 6, "jbake", 7);
    private static final Path SOURCES = Path.of("src/main/java/dossier");
    // A use of another package in code: an import, or a qualified name outside comments.
    private static final Pattern USE = Pattern.compile("\\bdossier\\.([a-z]+)\\.[A-Z]");

    @TestFactory
    Stream<DynamicTest> everyPackageUsesOnlyTheLayersBelowIt() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            return packages.filter(Files::isDirectory).sorted().toList().stream().map(folder -> dynamicTest(
                    folder.getFileName().toString(), () -> {
                        String name = folder.getFileName().toString();
                        Integer layer = LAYERS.get(name);
                        assertEquals(true, layer != null, name + " has no layer in LayersTest.LAYERS and package-info.java");
                        assertEquals(List.of(), usesAbove(folder, name, layer));
                    }));
        }
    }

    private static List<String> usesAbove(Path folder, String name, int layer) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                    .flatMap(file -> codeLines(file).stream().flatMap(line -> {
                        Matcher use = USE.matcher(line);
                        return use.results().map(m -> m.group(1))
                                .filter(used -> !used.equals(name) && LAYERS.getOrDefault(used, 99) >= layer)
                                .map(used -> file.getFileName() + " uses dossier." + used + ": " + line.strip());
                    })).toList();
        }
    }

    private static List<String> codeLines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> {
                String code = line.strip();
                return !code.startsWith("*") && !code.startsWith("/*") && !code.startsWith("//");
            }).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
