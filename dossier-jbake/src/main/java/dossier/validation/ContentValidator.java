package dossier.validation;

import dossier.content.Problem;

import dossier.content.Document;
import dossier.content.SourceFile;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Checks every content file of the dossier and reports every problem at once, sorted by file and line,
 * so a contributor can fix them all in one go.
 */
public final class ContentValidator {

    /** The documents that passed, and the problems. The dossier may be built only when there are none. */
    public record Outcome(List<Document> documents, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final LocalDate today;

    /** A validator for a bake today (UTC): a source's {@code accessed} day may not lie after it. */
    public ContentValidator() {
        this(LocalDate.now(ZoneOffset.UTC));
    }

    /** @param today the day of the bake, as the clock of a test sets it */
    public ContentValidator(LocalDate today) {
        this.today = today;
    }

    private record FileResult(SourceFile file, java.util.Optional<Document> document, List<Problem> problems) {
    }

    public Outcome validate(List<SourceFile> files) {
        List<Problem> problems = new ArrayList<>();
        FileChecker fileChecker = new FileChecker(today);
        List<Document> documents = new ArrayList<>();
        Set<String> idsOfBrokenFiles = new HashSet<>();
        // Each file is checked on its own (FileChecker keeps no state), so on every core; results keep file order.
        List<FileResult> results = files.parallelStream().map(file -> {
            List<Problem> found = new ArrayList<>();
            return new FileResult(file, fileChecker.check(file, found), found);
        }).toList();
        for (FileResult result : results) {
            problems.addAll(result.problems());
            result.document().ifPresentOrElse(documents::add, () -> idsOfBrokenFiles.add(idOf(result.file())));
        }
        ReferenceChecker references = new ReferenceChecker(idsOfBrokenFiles);
        Map<String, Document> byId = references.uniqueIds(documents, problems);
        for (Document document : documents) {
            references.checkReferences(document, byId, problems);
        }
        new DelegationChecker().check(byId.values(), problems);
        if (problems.isEmpty()) {
            // Only over a dossier whose files are all sound: an actor unnamed because the round naming it is broken
            // would be a second message for one mistake.
            new StoryLinkChecker().check(byId.values(), problems);
        }
        new CitedAddressChecker().check(byId, problems);
        List<Problem> sorted = problems.stream().distinct().sorted().toList();
        return new Outcome(List.copyOf(byId.values()), sorted);
    }

    private static String idOf(SourceFile file) {
        String name = file.pathInContent().substring(file.pathInContent().lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
