package dossier.jbake;

import org.jbake.app.configuration.JBakeConfiguration;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * One {@link DossierBuild} per bake. JBake makes a new configuration object for every bake (the
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
            build = DossierBuild.load(config.getSourceFolder().toPath(), config.getContentFolder().toPath());
            BUILDS.put(config, build);
        }
        return build;
    }
}
