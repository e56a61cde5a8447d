package dossier.jbake;

import org.jbake.app.configuration.JBakeConfiguration;

import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One {@link DossierBuild} per bake, made when the rendering tool starts: the dossier's own reading of
 * content/, never JBake's (JBake's content folder is an empty one, see {@link DossierOven}). JBake makes a new configuration object for every bake (the
 * preview server re-bakes in the same JVM), and hands it to both the markup engine and the
 * rendering tools, so it is the key that ties the two to the same checked content.
 */
public final class DossierBuilds {

    private static final Map<JBakeConfiguration, DossierBuild> BUILDS = new WeakHashMap<>();

    private DossierBuilds() {
    }

    public static synchronized DossierBuild of(JBakeConfiguration config) {
        DossierBuild build = BUILDS.get(config);
        if (build == null) {
            Path project = config.getSourceFolder().toPath();
            build = DossierBuild.load(project, project.resolve(DossierBuild.CONTENT));
            BUILDS.put(config, build);
        }
        return build;
    }
}
