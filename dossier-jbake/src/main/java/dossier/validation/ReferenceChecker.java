package dossier.validation;

import dossier.content.Problem;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.content.MeasureStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what only the whole dossier can tell: that ids are unique, and that every id a document
 * names exists, is of the right type, and will be published when the document is.
 */
final class ReferenceChecker {

    /** Ids of files that exist but failed their own checks: naming them is not a second error. */
    private final java.util.Set<String> idsOfBrokenFiles;

    ReferenceChecker(java.util.Set<String> idsOfBrokenFiles) {
        this.idsOfBrokenFiles = idsOfBrokenFiles;
    }

    /** Returns the documents whose ids are unique; reports the others. */
    Map<String, Document> uniqueIds(List<Document> documents, List<Problem> problems) {
        Map<String, Document> byId = new LinkedHashMap<>();
        for (Document document : documents) {
            Document first = byId.putIfAbsent(document.id(), document);
            if (first != null) {
                problems.add(new Problem(document.file().displayPath(), 1, "id '" + document.id()
                        + "' is already used by " + first.file().displayPath()
                        + ": ids are unique across the dossier, so rename one of the files"));
            }
        }
        return byId;
    }

    void checkReferences(Document document, Map<String, Document> byId, List<Problem> problems) {
        for (FieldSpec spec : Schema.fieldsOf(document.type()).values()) {
            switch (spec.shape()) {
                case ID -> {
                    if (document.has(spec.name())) {
                        checkOne(document, spec, spec.name(), document.text(spec.name()), document.lineOf(spec.name()),
                                byId, problems);
                    }
                }
                case IDS -> checkAll(document, spec, spec.name(), document.list(spec.name()), byId, problems);
                case SIDES -> document.sides(spec.name()).forEach((side, ids) ->
                        checkAll(document, spec, spec.name() + "." + side, ids, byId, problems));
                case HISTORY -> checkSteps(document, spec.name(), byId, problems);
                case ACCOUNTS -> document.accounts(spec.name()).forEach(account -> checkOne(document,
                        AccountsChecker.ACCOUNT_FIELDS.get("source"), spec.name(), account.source(), account.line(),
                        byId, problems));
                default -> { }
            }
        }
        if (document.type() == ContentType.QUOTE && "fragment".equals(document.text("kind"))
                && !document.has("context")) {
            problems.add(new Problem(document.file().displayPath(), document.lineOf("kind"), "a fragment needs"
                    + " 'context': the reported speech around the quoted words, in your own words"));
        }
    }

    /** Each step's source, and the round or event that brought it about. */
    private void checkSteps(Document document, String field, Map<String, Document> byId, List<Problem> problems) {
        for (MeasureStep step : document.steps(field)) {
            checkOne(document, HistoryChecker.STEP_FIELDS.get("source"), field, step.source(), step.line(), byId, problems);
            if (!step.changedBy().isEmpty()) {
                checkOne(document, HistoryChecker.STEP_FIELDS.get("changed_by"), "changed_by", step.changedBy(),
                        step.line(), byId, problems);
            }
        }
    }

    private void checkAll(Document document, FieldSpec spec, String field, List<String> ids,
                          Map<String, Document> byId, List<Problem> problems) {
        for (String id : ids) {
            int line = document.lines().getOrDefault(FileChecker.referenceKey(field, id), document.lineOf(spec.name()));
            checkOne(document, spec, field, id, line, byId, problems);
        }
    }

    private void checkOne(Document document, FieldSpec spec, String field, String id, int line,
                          Map<String, Document> byId, List<Problem> problems) {
        String path = document.file().displayPath();
        Document target = byId.get(id);
        if (target == null && idsOfBrokenFiles.contains(id)) {
            return;
        }
        Set<ContentType> types = spec.refersTo();
        if (target == null) {
            List<String> candidates = new ArrayList<>();
            byId.values().stream()
                    .filter(d -> types.isEmpty() || types.contains(d.type()))
                    .forEach(d -> candidates.add(d.id()));
            boolean oneFolder = types.size() == 1;
            String where = oneFolder ? "content/" + types.iterator().next().folder() + "/" : "content/";
            problems.add(new Problem(path, line, "unknown " + spec.noun() + " '" + id + "'"
                    + Suggestions.hint(id, candidates) + ": no file " + where + id + ".md"
                    + (oneFolder ? "" : " in any folder")));
        } else if (!types.isEmpty() && !types.contains(target.type())) {
            // A field of one type names it by what it holds ("speaker"); one of several types by its own name.
            String subject = types.size() == 1 ? spec.noun() : spec.name();
            problems.add(new Problem(path, line, subject + " '" + id + "' is " + target.type().withArticle()
                    + ", not " + String.join(" or ", types.stream().map(ContentType::withArticle).toList())
                    + " (" + target.file().displayPath() + ")"));
        } else if (document.published() && !target.published()) {
            problems.add(new Problem(path, line, spec.noun() + " '" + id + "' is a draft and will not be published,"
                    + " so the link would be broken: publish " + target.file().displayPath()
                    + " or remove '" + id + "' from '" + field + "'"));
        }
    }
}
