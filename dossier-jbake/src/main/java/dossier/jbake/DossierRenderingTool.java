package dossier.jbake;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.publish.Publication;
import dossier.site.EditLinks;
import dossier.site.ChartFactory;
import dossier.site.ListingPage;
import dossier.site.PageFactory;
import dossier.site.SitePaths;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders every page of the dossier: each document's page with the view {@link PageFactory} prepares
 * for it, then the listing pages (home, indexes, timeline, briefing book, search) with the charts, and
 * the search files ({@link SearchFiles}). It runs before JBake's own rendering tools (its jar comes
 * first on the plugin's class path) and then removes the documents from JBake's store, so JBake's
 * per-document renderer (quadratic in the documents of a type) finds nothing left to do. Drafts are
 * checked but not published.
 */
public class DossierRenderingTool implements RenderingTool {

    private static final Logger LOG = LoggerFactory.getLogger(DossierRenderingTool.class);

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        DossierBuild build = DossierBuilds.of(config);
        PageFactory pages = new PageFactory(build.dossier());
        Publication publication = Publications.of(config, build);
        List<String> failures = new ArrayList<>();
        Set<String> baked = new HashSet<>();
        Map<String, String> renderedBodies = new HashMap<>();
        for (DocumentModel model : db.getUnrenderedContent()) {
            if (ContentType.forJBakeType(model.getType()).isEmpty()) {
                continue;
            }
            Document document = build.document((String) model.get("id"));
            if (document.published()) {
                String path = SitePaths.of(document);
                model.put("page", pages.pageFor(document));
                model.put("root", SitePaths.rootFrom(path));
                model.put("source_path", document.file().displayPath());
                model.put("meta", publication.metadataFor(document));
                if (document.type() == ContentType.QUOTE) {
                    model.put("citation", publication.citationFor(document));
                }
                EditLinks.of(config.get(EditLinks.KEY), document.file().displayPath())
                        .ifPresent(url -> model.put("edit_url", url));
                render(renderer, model, document.file().displayPath(), failures);
                baked.add(document.id());
                renderedBodies.put(document.id(), model.getBody());
            } else {
                LOG.info("Not published (status: draft): {}", document.file().displayPath());
            }
        }
        forgetRenderedDocuments(db);
        ChartFactory charts = new ChartFactory(build.dossier(), build.tariffs());
        for (ListingPage listing : ListingPage.values()) {
            DocumentModel model = new DocumentModel();
            model.setType(listing.jbakeType());
            model.setUri(listing.path());
            model.setStatus("published");
            model.put("page", pages.pageFor(listing));
            model.put("root", SitePaths.rootFrom(listing.path()));
            model.put("meta", publication.metadataFor(listing));
            if (ChartFactory.PAGES_WITH_CHARTS.contains(listing)) {
                model.put("charts", charts.forPage(listing));
            }
            // The briefing book prints each round's briefing, rendered by JBake's Markdown engine above.
            model.put("bodies", renderedBodies);
            render(renderer, model, listing.path(), failures);
        }
        try {
            SearchFiles.write(config.getDestinationFolder().toPath(), pages.searchIndex());
        } catch (Exception e) {
            LOG.error("Writing the search files failed", e);
            failures.add("search files: " + e.getMessage());
        }
        for (Document document : build.documents()) {
            if (document.published() && !baked.contains(document.id())) {
                failures.add(document.file().displayPath() + ": not baked: JBake did not load it; check that"
                        + " jbake.properties has template." + document.type().jbakeType() + ".file");
            }
        }
        if (!failures.isEmpty()) {
            throw new RenderingException("The dossier was not baked completely:\n" + String.join("\n", failures));
        }
        return baked.size() + ListingPage.values().length;
    }

    /**
     * Leaves JBake's own per-document renderer nothing to do. JBake's markContentAsRendered runs one SQL
     * update per document, parsed anew each time (a third of a 10,000-document bake); removing each type's
     * documents from the store is one statement per type. The store is the bake's working copy, not a
     * cache worth keeping: every bake renders every page again, since any page may list any document.
     */
    private static void forgetRenderedDocuments(ContentStore db) {
        for (ContentType type : ContentType.values()) {
            db.deleteAllByDocType(type.jbakeType());
        }
    }

    private static void render(Renderer renderer, DocumentModel model, String what, List<String> failures) {
        try {
            renderer.render(model);
        } catch (Exception e) {
            LOG.error("Rendering {} failed", what, e);
            failures.add(what + ": " + e.getMessage());
        }
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      org.apache.commons.configuration2.CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
