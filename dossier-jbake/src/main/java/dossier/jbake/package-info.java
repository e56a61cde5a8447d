/**
 * Where the dossier meets JBake. A bake is one pass from file to page:
 * <ol>
 *   <li>JBake's {@code Oven} starts (the Maven plugin, the preview and the tests make it the same way,
 *       see {@link dossier.jbake.DossierOven}) and its crawler reads an empty folder: JBake's store never
 *       holds the dossier.</li>
 *   <li>JBake calls the rendering tools. {@link dossier.jbake.DossierRenderingTool} makes the bake's
 *       {@link dossier.jbake.DossierBuild}: content/ read once and checked whole, or the bake
 *       stops with every problem as {@code path:line: message} before a page is written.</li>
 *   <li>It renders each published body once with flexmark ({@link dossier.jbake.MarkdownRenderer}) and
 *       every page, on every core, with JBake's Freemarker engine and the project's templates
 *       ({@link dossier.jbake.PageWriter}), with the views of {@code dossier.site}; then the search files.</li>
 *   <li>{@link dossier.jbake.PublishedFilesTool} writes the feed, sitemap, exports and calendar; JBake
 *       copies assets/.</li>
 * </ol>
 */
package dossier.jbake;
