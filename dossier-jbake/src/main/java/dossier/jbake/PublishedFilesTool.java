package dossier.jbake;

import dossier.content.Document;
import dossier.publish.Publication;
import dossier.site.ListingPage;
import dossier.base.SitePaths;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the files published beside the pages: the Atom feed, sitemap.xml, robots.txt, the JSON
 * exports and the calendar of rounds (see {@link Publication#files}). Registered after
 * {@link DossierRenderingTool}, so it runs once the pages are rendered.
 */
public class PublishedFilesTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        DossierBuild build = DossierBuilds.of(config);
        List<String> pages = new ArrayList<>();
        for (Document document : build.documents()) {
            if (document.published()) {
                pages.add(SitePaths.of(document));
            }
        }
        for (ListingPage listing : ListingPage.values()) {
            pages.add(listing.path());
        }
        Map<String, String> files = Publications.of(config, build).files(pages);
        Path destination = config.getDestinationFolder().toPath();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = destination.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new RenderingException("Writing the feed, exports and calendar failed: " + e.getMessage(), e);
        }
        return files.size();
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      org.apache.commons.configuration2.CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
