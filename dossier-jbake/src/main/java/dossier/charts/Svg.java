package dossier.charts;

import java.util.Locale;

/**
 * A small writer of SVG markup for inline use in HTML pages. Every text and attribute value goes
 * through {@link #escape}, so content can never break out of the markup; that is why templates may
 * print a chart with {@code ?no_esc}.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    /** Text and attribute values as XML (and so HTML) text: the five special characters escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A coordinate with at most one decimal, so the markup stays short and stable between bakes. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** Opens an element; {@code attributes} are name/value pairs, values escaped here. */
    Svg open(String name, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element with no content, written with an explicit end tag (valid in both HTML and XML). */
    Svg empty(String name, Object... attributes) {
        return open(name, attributes).close(name);
    }

    /** An element holding only text. */
    Svg text(String name, String text, Object... attributes) {
        open(name, attributes);
        out.append(escape(text));
        return close(name);
    }

    private void attributes(Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            String text = value instanceof Double d ? number(d) : value.toString();
            out.append(' ').append(attributes[i]).append("=\"").append(escape(text)).append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
