package dossier.base;

import dossier.content.Document;

/** Where each page of the site lives, as a path from the site's root. */
public final class SitePaths {

    private SitePaths() {
    }

    /** content/rounds/geneva.md is baked to rounds/geneva.html. */
    public static String of(Document document) {
        return document.type().folder() + "/" + document.id() + ".html";
    }

    /** The relative path from a page back to the site's root: "" or "../". */
    public static String rootFrom(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
