package dossier.jbake;

import dossier.content.ContentType;
import dossier.content.Document;
import dossier.publish.Publication;
import dossier.site.ChartFactory;
import dossier.site.EditLinks;
import dossier.site.ListingPage;
import dossier.site.Menu;
import dossier.site.PageFactory;
import dossier.site.ReaderViews;
import dossier.site.WhereThingsStand;
import dossier.base.SitePaths;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Bakes the dossier in one pass: reads content/ once and checks them ({@link DossierBuilds}),
 * renders each published document's Markdown once, and writes every page (each document's, then the
 * listings with the charts) with JBake's Freemarker engine ({@link PageWriter}), so JBake's configuration and
 * the project's templates stay what makes the HTML. Pages are rendered on every core: each page is a pure function of
 * the dossier, so the output is the same whatever the order. JBake's own crawler reads an empty folder
 * (see {@link DossierOven}) and its store holds none of the dossier, so JBake's own renderers have nothing to do.
 */
public class DossierRenderingTool implements RenderingTool {

    private static final Logger LOG = LoggerFactory.getLogger(DossierRenderingTool.class);

    /** One page to write: its model, and what to name in a message when it fails. */
    private record Page(DocumentModel model, String what) {
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        DossierBuild build = DossierBuilds.of(config);
        PageFactory pages = new PageFactory(build.dossier());
        Publication publication = Publications.of(config, build);
        List<Document> published = build.documents().stream().filter(Document::published).toList();
        build.documents().stream().filter(d -> !d.published())
                .forEach(d -> LOG.info("Not published (status: draft): {}", d.file().displayPath()));

        MarkdownRenderer markdown = MarkdownRenderer.forExtensions(config.getMarkdownExtensions());
        Map<String, String> bodies = new ConcurrentHashMap<>();
        inParallel(published, document -> bodies.put(document.id(), markdown.toHtml(document.body())));

        List<Page> toRender = new ArrayList<>();
        for (Document document : published) {
            toRender.add(new Page(documentPage(document, bodies.get(document.id()), pages, publication, config),
                    document.file().displayPath()));
        }
        ChartFactory charts = new ChartFactory(build.dossier());
        ReaderViews.Standing standing = new WhereThingsStand(build.dossier()).onTheRecordDate();
        for (ListingPage listing : ListingPage.values()) {
            DocumentModel model = listingPage(listing, pages, publication, charts, bodies);
            if (listing == ListingPage.HOME || listing == ListingPage.BRIEFING_BOOK) {
                model.put("standing", standing);  // computed once: the same box on both pages
            }
            toRender.add(new Page(model, listing.path()));
        }
        Collection<String> failures = new ConcurrentLinkedQueue<>();
        PageWriter writer = new PageWriter(config, db);
        inParallel(toRender, page -> {
            try {
                writer.write(page.model());
            } catch (Exception e) {
                LOG.error("Rendering {} failed", page.what(), e);
                failures.add(page.what() + ": " + e.getMessage());
            }
        });
        try {
            SearchFiles.write(config.getDestinationFolder().toPath(), pages.searchIndex());
        } catch (RuntimeException e) {
            LOG.error("Writing the search files failed", e);
            failures.add("search files: " + e.getMessage());
        }
        if (!failures.isEmpty()) {
            throw new RenderingException("The dossier was not baked completely:\n"
                    + String.join("\n", failures.stream().sorted().toList()));
        }
        return toRender.size();
    }

    private static DocumentModel documentPage(Document document, String body, PageFactory pages,
                                              Publication publication, JBakeConfiguration config) {
        String path = SitePaths.of(document);
        DocumentModel model = new DocumentModel();
        model.setType(document.type().jbakeType());
        model.setUri(path);
        model.setStatus("published");
        model.setBody(body);
        model.put("page", pages.pageFor(document));
        model.put("root", SitePaths.rootFrom(path));
        model.put("menu", Menu.forPage(path));
        model.put("meta", publication.metadataFor(document));
        if (document.type() == ContentType.QUOTE) {
            model.put("citation", publication.citationFor(document));
        }
        EditLinks.of(config.get(EditLinks.KEY), document.file().displayPath())
                .ifPresent(url -> model.put("edit_url", url));
        return model;
    }

    private static DocumentModel listingPage(ListingPage listing, PageFactory pages, Publication publication,
                                             ChartFactory charts, Map<String, String> bodies) {
        DocumentModel model = new DocumentModel();
        model.setType(listing.jbakeType());
        model.setUri(listing.path());
        model.setStatus("published");
        model.put("page", publication.pageFor(listing));
        model.put("root", SitePaths.rootFrom(listing.path()));
        model.put("menu", Menu.forPage(listing.path()));
        model.put("meta", publication.metadataFor(listing));
        if (ChartFactory.PAGES_WITH_CHARTS.contains(listing)) {
            model.put("charts", charts.forPage(listing));
        }
        // The briefing book prints each round's briefing, rendered once above.
        model.put("bodies", bodies);
        return model;
    }

    /** Runs the work on every core and waits for all of it; the caller's thread is not one of the workers. */
    private static <T> void inParallel(List<T> items, java.util.function.Consumer<T> work) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> items.parallelStream().forEach(work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the bake was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      org.apache.commons.configuration2.CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
