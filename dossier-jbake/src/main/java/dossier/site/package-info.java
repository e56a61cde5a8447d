/**
 * Layer 5, the views: one record per page ({@link dossier.site.Views}, {@link dossier.site.ReaderViews}),
 * made by {@link dossier.site.PageFactory} from the dossier, with dates labelled and links resolved, for
 * templates that only display. Uses every layer below it, never {@code dossier.publish} or
 * {@code dossier.jbake}.
 */
package dossier.site;
