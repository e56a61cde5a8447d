package dossier.jbake;

import dossier.content.Document;
import dossier.model.Dossier;
import dossier.validation.ContentValidator;
import dossier.content.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The validated content of one bake: every document, by file and by id, and the published dossier.
 * Made once per bake, before a page is rendered, so that nothing is written unless the whole content is
 * valid.
 */
public final class DossierBuild {

    private static final Logger LOG = LoggerFactory.getLogger(DossierBuild.class);

    /** The content folder, relative to the project folder: read here, once per bake, and by nothing else. */
    public static final String CONTENT = "content";

    private final List<Document> documents;
    private final Dossier dossier;

    private DossierBuild(List<Document> documents) {
        this.documents = List.copyOf(documents);
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
            if (Problem.underGitHubActions(System.getenv())) {
                // On a pull request, GitHub shows each of these on the line of the file that caused it.
                sorted.forEach(problem -> System.out.println(problem.asWorkflowCommand()));
            }
            throw new InvalidContentException(sorted);
        }
        LOG.info("Content checked: {} documents, no problems", outcome.documents().size());
        return new DossierBuild(outcome.documents());
    }

    /** Every checked document, drafts included, in the order the content folder lists them. */
    public List<Document> documents() {
        return documents;
    }

    public Dossier dossier() {
        return dossier;
    }
}
