package dossier.base;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON from maps (in their own key order), lists, strings, numbers, booleans and null,
 * indented by two spaces, so the exports read well and are the same byte for byte on every bake.
 * JBake's class path brings json-simple 1.1.1, but it escapes every '/' and the whole U+2000–U+20FF
 * block (dashes, curly quotes), which makes the exports hard to read, and it cannot indent.
 */
public final class Json {

    private Json() {
    }

    /** The value as indented JSON, ending with a newline. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    /**
     * The value as JSON that is safe inside an HTML {@code <script>} element: every {@code <} is
     * written as {@code \u003c}, so no string in it can close the element ({@code </script>}) or
     * open a comment ({@code <!--}). JSON allows the escape anywhere inside a string, and {@code <}
     * occurs nowhere else in JSON, so the data is unchanged.
     */
    public static String forHtmlScript(Object value) {
        return write(value).replace("<", "\\u003c");
    }

    /** One string as a JSON literal, safe inside a {@code <script>} element as {@link #forHtmlScript} is. */
    public static String stringForHtmlScript(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        string(text, out);
        return out.toString().replace("<", "\\u003c");
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, indent);
        } else if (value instanceof List<?> list) {
            array(list, out, indent);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, String indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + "  ";
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(inner);
            string((String) entry.getKey(), out);
            out.append(": ");
            write(entry.getValue(), out, inner);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        out.append(indent).append('}');
    }

    private static void array(List<?> list, StringBuilder out, String indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        String inner = indent + "  ";
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            out.append(inner);
            write(list.get(i), out, inner);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        out.append(indent).append(']');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters must be escaped; U+2028/2029 too, for readers that eval JSON as script.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
