package dossier.jbake;

import dossier.content.Document;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * JBake's Markdown engine with YAML front matter (JBake only reads its own {@code key=value}
 * header: its issue #231). The first file JBake parses in a bake triggers the check of the whole
 * content folder; any problem stops the bake there, before a page is written.
 */
public class FrontMatterMarkdownEngine extends MarkdownEngine {

    /** Documents without a date of their own (actors, topics) get a fixed one, not the file's mtime. */
    private static final LocalDate UNDATED = LocalDate.of(2025, 1, 1);

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        DossierBuilds.of(config).documentAt(file.toPath());
        return super.parse(config, file);
    }

    @Override
    public void processHeader(ParserContext context) {
        Document document = documentOf(context);
        DocumentModel model = context.getDocumentModel();
        model.setType(document.type().jbakeType());
        model.setStatus(document.text("status"));
        model.setTitle(document.has("title") ? document.text("title") : document.text("name"));
        LocalDate date = document.has("date") ? document.date("date") : UNDATED;
        model.setDate(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        model.put("id", document.id());
    }

    @Override
    public void processBody(ParserContext context) {
        // JBake's own processBody builds a new flexmark parser and renderer for every file.
        MarkdownRenderer markdown = MarkdownRenderer.forExtensions(context.getConfig().getMarkdownExtensions());
        context.setBody(markdown.toHtml(documentOf(context).body()));
    }

    private static Document documentOf(ParserContext context) {
        return DossierBuilds.of(context.getConfig()).documentAt(context.getFile().toPath());
    }
}
