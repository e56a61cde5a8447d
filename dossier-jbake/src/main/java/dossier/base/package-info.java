/**
 * Layer 2, the small things every later layer shares: dates as readers see them
 * ({@link dossier.base.Dates}), where each page lives ({@link dossier.base.SitePaths}), and JSON and XML
 * writing ({@link dossier.base.Json}, {@link dossier.base.Xml}). Uses only {@code dossier.content}.
 */
package dossier.base;
