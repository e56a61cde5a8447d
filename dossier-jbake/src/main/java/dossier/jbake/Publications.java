package dossier.jbake;

import dossier.publish.Publication;
import dossier.publish.SiteAddress;
import org.jbake.app.configuration.JBakeConfiguration;

/** The {@link Publication} of one bake, from jbake.properties' site.host and site.title. */
final class Publications {

    private Publications() {
    }

    static Publication of(JBakeConfiguration config, DossierBuild build) {
        Object title = config.get("site.title");
        if (title == null || title.toString().isBlank()) {
            throw new IllegalArgumentException("jbake.properties must set site.title: the feed and calendar are named after it");
        }
        return new Publication(build.dossier(), new SiteAddress(config.getSiteHost()), title.toString());
    }
}
