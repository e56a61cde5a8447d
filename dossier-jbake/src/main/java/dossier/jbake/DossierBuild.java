package dossier.jbake;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.data.TariffData;
import dossier.data.TariffDataReader;
import dossier.model.Dossier;
import dossier.validation.ContentValidator;
import dossier.content.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validated content of one bake: every document, by file and by id, and the published dossier.
 * Made once per bake, before a page is rendered, so that nothing is written unless the whole content is
 * valid. The tariff data (data/tariffs.yaml) is checked with it: its rows cite the
 * content's sources and events.
 */
public final class DossierBuild {

    private static final Logger LOG = LoggerFactory.getLogger(DossierBuild.class);

    /** The content folder, relative to the project folder: read here, once per bake, and by nothing else. */
    public static final String CONTENT = "content";

    /** The data file behind the tariff chart and the truce shading, relative to the project folder. */
    public static final String TARIFF_DATA = "data/tariffs.yaml";

    private final List<Document> documents;
    private final Dossier dossier;
    private final TariffData tariffs;

    private DossierBuild(List<Document> documents, TariffData tariffs) {
        this.documents = List.copyOf(documents);
        this.dossier = new Dossier(documents);
        this.tariffs = tariffs;
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
        TariffData tariffs = problems.isEmpty() ? readTariffs(projectFolder, outcome.documents(), problems) : null;
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
        return new DossierBuild(outcome.documents(), tariffs);
    }

    private static TariffData readTariffs(Path projectFolder, List<Document> documents, List<Problem> problems) {
        Path file = projectFolder.resolve(TARIFF_DATA);
        if (!Files.isRegularFile(file)) {
            // A dossier without tariff records (a new one, or the benchmark's synthetic one) still bakes:
            // its charts show no rates and no truce shading. The real site's tests require the chart.
            LOG.info("No {}: the tariff chart shows no rates and the timeline no truce", TARIFF_DATA);
            return new TariffData(List.of(), List.of());
        }
        try {
            return new TariffDataReader(TARIFF_DATA, publishedIds(documents, ContentType.SOURCE),
                    publishedIds(documents, ContentType.EVENT), problems)
                    .read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Set<String> publishedIds(List<Document> documents, ContentType type) {
        return documents.stream().filter(d -> d.type() == type && d.published()).map(Document::id)
                .collect(Collectors.toSet());
    }

    /** Every checked document, drafts included, in the order the content folder lists them. */
    public List<Document> documents() {
        return documents;
    }

    public Dossier dossier() {
        return dossier;
    }

    public TariffData tariffs() {
        return tariffs;
    }
}
