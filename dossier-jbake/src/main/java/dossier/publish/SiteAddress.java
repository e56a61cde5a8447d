package dossier.publish;

/**
 * Where the site is published (jbake.properties {@code site.host}), and the absolute address of
 * each of its pages: what canonical links, permalinks, the feed, the sitemap and the calendar use.
 * Pages link to each other relatively; only these published addresses are absolute.
 */
public record SiteAddress(String host) {

    public SiteAddress {
        if (host == null || !host.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("site.host in jbake.properties must be the site's address,"
                    + " like https://example.org/dossier; it is '" + host + "'");
        }
        host = host.replaceAll("/+$", "");
    }

    /** The absolute address of a path from the site's root ("rounds/geneva.html"). */
    public String of(String path) {
        return host + "/" + path;
    }

    /** The site's root, ending with '/'. */
    public String root() {
        return host + "/";
    }
}
