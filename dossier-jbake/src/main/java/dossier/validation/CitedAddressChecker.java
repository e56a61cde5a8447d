package dossier.validation;

import dossier.content.Problem;

import dossier.content.ContentType;
import dossier.content.Document;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every published round, event and correction cites at least one source a reader can open (one with a
 * {@code url}): a page that rests only on documents without an address cannot be checked.
 */
final class CitedAddressChecker {

    private static final Set<ContentType> MUST_CITE_AN_ADDRESS =
            EnumSet.of(ContentType.ROUND, ContentType.EVENT, ContentType.CORRECTION);

    void check(Map<String, Document> byId, List<Problem> problems) {
        for (Document document : byId.values()) {
            if (!MUST_CITE_AN_ADDRESS.contains(document.type()) || !document.published()
                    || !document.has("sources")) {
                continue;
            }
            // A source that is not there (a broken file, an unknown id) has its own message: no second one here.
            boolean citesAnAddress = document.list("sources").stream().map(byId::get)
                    .anyMatch(source -> source == null || source.has("url"));
            if (!citesAnAddress) {
                problems.add(new Problem(document.file().displayPath(), document.lineOf("sources"),
                        "none of the sources of " + document.type().withArticle() + " has a 'url': cite at least one"
                                + " document a reader can open (a source file with 'url' and 'accessed')"));
            }
        }
    }
}
