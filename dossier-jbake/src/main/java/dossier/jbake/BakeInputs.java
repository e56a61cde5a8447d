package dossier.jbake;

import java.util.List;

/**
 * Everything a bake reads, in one list that the bake's documentation, the preview's watcher and the tests'
 * scratch copies share: a file outside it can change nothing on the site, and a file inside it is watched.
 */
public final class BakeInputs {

    /** The folders, relative to the project folder: the content, the templates and the assets copied as they are. */
    public static final List<String> FOLDERS = List.of(DossierBuild.CONTENT, "templates", "assets");

    /** JBake's configuration file: which template renders which type of page. */
    public static final String CONFIGURATION = "jbake.properties";

    /** The folders and the configuration file together. */
    public static final List<String> ALL = List.of(DossierBuild.CONTENT, "templates", "assets", CONFIGURATION);

    private BakeInputs() {
    }
}
