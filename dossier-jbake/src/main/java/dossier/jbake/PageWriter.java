package dossier.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one page with JBake's Freemarker engine and the template jbake.properties names for its type
 * ({@code template.<type>.file}), in JBake's render encoding: what JBake's {@code Renderer} does, less the
 * copy of JBake's whole configuration into every page's model (the templates read only the page's own
 * model) and a log line per page. Safe to use from several threads: the engine's Freemarker configuration
 * is, and each page has its own model and file.
 */
final class PageWriter {

    private final FreemarkerTemplateEngine templates;
    private final JBakeConfiguration config;
    private final Path destination;
    private final Charset encoding;

    PageWriter(JBakeConfiguration config, ContentStore db) {
        this.templates = new FreemarkerTemplateEngine(config, db);
        this.config = config;
        this.destination = config.getDestinationFolder().toPath();
        this.encoding = Charset.forName(config.getRenderEncoding());
    }

    /** Writes the page at its model's uri, e.g. rounds/geneva.html. */
    void write(DocumentModel page) throws IOException, RenderingException {
        String template = config.getTemplateByDocType(page.getType());
        if (template == null) {
            throw new RenderingException("jbake.properties names no template for pages of type '" + page.getType()
                    + "': add template." + page.getType() + ".file=<name>.ftl");
        }
        TemplateModel model = new TemplateModel();
        model.setContent(page);
        Path file = destination.resolve(page.getUri());
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, encoding)) {
            templates.renderDocument(model, template, out);
        }
    }
}
