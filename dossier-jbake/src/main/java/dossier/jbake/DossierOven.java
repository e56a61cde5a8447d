package dossier.jbake;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JBake's {@link Oven} for the dossier, made as the JBake Maven plugin makes it. jbake.properties points
 * JBake's content and data folders at {@value #NOTHING_TO_CRAWL}, an empty folder under target/: the
 * project reads content/ itself ({@link DossierBuild}), so JBake's crawler finds nothing to
 * parse or store. JBake insists that its content folder exists, so it is made here (and, for the Maven
 * build, by the root pom's {@code prepare-jbake-folders} step).
 */
public final class DossierOven {

    /** The folder JBake crawls, relative to the project (jbake.properties: content.folder and data.folder). */
    public static final String NOTHING_TO_CRAWL = "target/jbake-crawls-nothing";

    private DossierOven() {
    }

    /** An oven that bakes {@code project} into {@code output}, reading every file again (no cache). */
    public static Oven of(Path project, Path output) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), output.toFile(), true);
        try {
            Files.createDirectories(config.getContentFolder().toPath());
            Files.createDirectories(config.getDataFolder().toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make JBake's empty content folder", e);
        }
        return new Oven(config);
    }
}
