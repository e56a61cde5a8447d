package dossier.validation;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.content.Problem;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * No published actor or topic stands apart from the story the rounds, events and quotes tell: each is named by
 * a published round (its delegations or topics), event (its actors or topics) or quote (its speaker or topics),
 * or linked from one of their texts. An actor listed as a delegation member ({@code delegation: member}) is on
 * every negotiating round's page, so it counts as named.
 */
final class StoryLinkChecker {

    private static final Set<ContentType> STORY = Set.of(ContentType.ROUND, ContentType.EVENT, ContentType.QUOTE);

    void check(Collection<Document> documents, List<Problem> problems) {
        Set<String> named = new HashSet<>();
        StringBuilder texts = new StringBuilder();
        for (Document document : documents) {
            if (!document.published() || !STORY.contains(document.type())) {
                continue;
            }
            if (document.type() == ContentType.ROUND) {
                document.sides("delegations").values().forEach(named::addAll);
            }
            if (document.type() == ContentType.EVENT) {
                named.addAll(document.list("actors"));
            }
            if (document.type() == ContentType.QUOTE) {
                named.add(document.text("speaker"));
            }
            named.addAll(document.list("topics"));
            texts.append(document.body()).append('\n');
        }
        String story = texts.toString();
        for (Document document : documents) {
            ContentType type = document.type();
            if (!document.published() || type != ContentType.ACTOR && type != ContentType.TOPIC
                    || named.contains(document.id()) || type == ContentType.ACTOR && document.has("delegation")
                    || story.contains(type.folder() + "/" + document.id() + ".html")) {
                continue;
            }
            String field = type == ContentType.ACTOR ? "name" : "title";
            String how = type == ContentType.ACTOR ? "name it in a round's delegations, an event's actors or a quote's"
                    + " speaker" : "list it in the topics of a round, an event or a quote";
            problems.add(new Problem(document.file().displayPath(), document.lineOf(field), "no round, event or quote"
                    + " names this " + type.jbakeType() + ", so nothing in the story leads to its page: " + how
                    + ", or keep it a draft (status: draft) until one does"));
        }
    }
}
