package dossier.validation;

import dossier.content.Problem;

import dossier.content.ContentType;
import dossier.content.Document;

import java.util.Collection;
import java.util.List;

/**
 * Checks {@code delegation: member} on actors. It says the record lists a person in their side's
 * delegation to the talks without naming the rounds, so round pages show them under that side as
 * "rounds not recorded". That is only true of someone on one side of the talks whom no round names.
 */
final class DelegationChecker {

    void check(Collection<Document> documents, List<Problem> problems) {
        List<Document> rounds = documents.stream().filter(d -> d.type() == ContentType.ROUND).toList();
        for (Document actor : documents) {
            if (actor.type() != ContentType.ACTOR || !actor.has("delegation")) {
                continue;
            }
            String path = actor.file().displayPath();
            int line = actor.lineOf("delegation");
            if (!Schema.SIDES_OF_THE_TALKS.contains(actor.text("side"))) {
                problems.add(new Problem(path, line, "'delegation: " + Schema.DELEGATION_MEMBER + "' is for someone"
                        + " on one side of the talks, but side is '" + actor.text("side") + "': set side to "
                        + String.join(" or ", Schema.SIDES_OF_THE_TALKS) + ", or remove the line"));
                continue;
            }
            rounds.stream().filter(round -> round.sides("delegations").values().stream()
                            .anyMatch(ids -> ids.contains(actor.id())))
                    .findFirst()
                    .ifPresent(round -> problems.add(new Problem(path, line, "'delegation: "
                            + Schema.DELEGATION_MEMBER + "' means no round records this person, but "
                            + round.file().displayPath() + " lists '" + actor.id() + "' in its delegations:"
                            + " remove this line, and list them in the delegations of every round a source names")));
        }
    }
}
