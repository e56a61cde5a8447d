package dossier.jbake;

import dossier.content.FrontMatterParser;
import dossier.content.SourceFile;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reused flexmark parser and renderer write exactly the HTML that JBake's own MarkdownEngine
 * writes, which builds them anew for each file: for every body in content/, and for Markdown using
 * each extension jbake.properties turns on.
 */
class MarkdownRendererTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    private static final String EVERY_EXTENSION = """
            **Bold** and _emphasis_, ~~struck~~, a [link](https://example.org) and `code`.

            | side | rate |
            | --- | ---: |
            | US | 30% |

            ```java
            int x = 1;
            ```

            Term
            : its definition

            - one
            - two

            > quoted "text" -- with dashes... and <b>HTML</b> & ampersands
            """;

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyContentBodyRendersAsJBakeRendersIt() throws IOException {
        DefaultJBakeConfiguration config = projectConfiguration();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("content"))) {
            List<Path> markdown = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return markdown.stream().map(file -> DynamicTest.dynamicTest(PROJECT.relativize(file).toString(), () -> {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String body = new FrontMatterParser().parse(new SourceFile(file.toString(), file.toString(), file, text))
                        .frontMatter().body();
                assertSameAsJBake(config, body);
            }));
        }
    }

    @Test
    void markdownUsingEachConfiguredExtensionRendersAsJBakeRendersIt() {
        assertSameAsJBake(projectConfiguration(), EVERY_EXTENSION);
    }

    @Test
    void extensionsAreAddedAndRemovedInOrderAsJBakeReadsThem() {
        DefaultJBakeConfiguration config = projectConfiguration();
        config.setMarkdownExtensions("ALL", "-TABLES", "+HARDWRAPS", "NO_SUCH_EXTENSION");
        assertSameAsJBake(config, EVERY_EXTENSION + "\nline one\nline two\n");
    }

    private DefaultJBakeConfiguration projectConfiguration() {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(PROJECT.toFile(),
                temp.resolve("out").toFile(), true);
    }

    private static void assertSameAsJBake(DefaultJBakeConfiguration config, String markdown) {
        ParserContext context = new ParserContext(new File("body.md"), List.of(), config, false);
        context.setBody(markdown);
        new MarkdownEngine().processBody(context);
        assertEquals(context.getBody(), MarkdownRenderer.forExtensions(config.getMarkdownExtensions()).toHtml(markdown));
    }
}
