package dossier.jbake;

import dossier.content.Document;
import dossier.jbake.ContentFolder;
import dossier.model.Dossier;
import dossier.validation.ContentValidator;
import dossier.validation.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated content of one bake: every document, by file and by id, and the published dossier.
 * Made once per bake, before JBake parses the first file, so that nothing is written unless the
 * whole content is valid.
 */
public final class DossierBuild {

    private static final Logger LOG = LoggerFactory.getLogger(DossierBuild.class);

    private final Map<Path, Document> byFile = new HashMap<>();
    private final Map<String, Document> byId = new HashMap<>();
    private final Dossier dossier;

    private DossierBuild(List<Document> documents) {
        for (Document document : documents) {
            byFile.put(document.file().absolutePath().toAbsolutePath().normalize(), document);
            byId.put(document.id(), document);
        }
        this.dossier = new Dossier(documents);
    }

    /**
     * Reads and checks the content folder.
     *
     * @throws InvalidContentException listing every problem, each also logged as an error
     */
    public static DossierBuild load(Path projectFolder, Path contentFolder) {
        List<Problem> problems = new ArrayList<>();
        var files = ContentFolder.read(projectFolder.toAbsolutePath().normalize(),
                contentFolder.toAbsolutePath().normalize(), problems);
        ContentValidator.Outcome outcome = new ContentValidator().validate(files);
        problems.addAll(outcome.problems());
        if (!problems.isEmpty()) {
            List<Problem> sorted = problems.stream().sorted().toList();
            sorted.forEach(problem -> LOG.error("{}", problem));
            throw new InvalidContentException(sorted);
        }
        LOG.info("Content checked: {} documents, no problems", outcome.documents().size());
        return new DossierBuild(outcome.documents());
    }

    public Document documentAt(Path file) {
        Document document = byFile.get(file.toAbsolutePath().normalize());
        if (document == null) {
            throw new IllegalStateException(file + " was not part of the checked content; was it added during"
                    + " the bake? Bake again.");
        }
        return document;
    }

    public Document document(String id) {
        return byId.get(id);
    }

    public List<Document> documents() {
        return List.copyOf(byId.values());
    }

    public Dossier dossier() {
        return dossier;
    }
}
