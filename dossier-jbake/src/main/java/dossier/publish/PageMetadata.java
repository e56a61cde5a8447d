package dossier.publish;

/**
 * What a page's {@code <head>} says about it to machines: its canonical address, its Open Graph type
 * ({@code website} or {@code article}) and its JSON-LD, already escaped for an HTML script element.
 */
public record PageMetadata(String canonicalUrl, String openGraphType, String jsonLd) {
}
