package dossier.validation;

import dossier.content.Problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A source's address rules: a reader must be able to open the document, or be told why not. A source has
 * an absolute http(s) {@code url} with the day it was {@code accessed}, or a {@code no_url} saying why it
 * has none; an {@code archive_url} only beside the url it copies. A public record names no document, so it
 * needs neither.
 */
final class SourceAddressRules {

    private final LocalDate today;

    SourceAddressRules(LocalDate today) {
        this.today = today;
    }

    /** An address as written, when it is absolute http(s) and a valid URI; otherwise a problem and null. */
    static String parseAddress(String path, String name, String text, int line, List<Problem> problems) {
        String fix = "copy the address exactly as the browser shows it, e.g. '" + name + ": https://www.example.gov/page'";
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            problems.add(new Problem(path, line, "'" + name + "' is not a valid address (" + e.getReason()
                    + " at character " + (e.getIndex() + 1) + "): " + fix));
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            problems.add(new Problem(path, line, "'" + name + "' must be an absolute http(s) address, not '" + text
                    + "': " + fix));
            return null;
        }
        return text;
    }

    void check(String path, int closingLine, Map<String, Object> values, Map<String, Integer> lines,
               List<Problem> problems) {
        boolean hasUrl = lines.containsKey("url");
        boolean hasReason = lines.containsKey("no_url");
        if (hasUrl && hasReason) {
            problems.add(new Problem(path, lines.get("no_url"), "a source with a 'url' needs no 'no_url':"
                    + " remove the line"));
        } else if (!hasUrl && !hasReason && !Schema.PUBLIC_RECORD.equals(values.get("kind"))) {
            problems.add(new Problem(path, closingLine, "a source needs the address of the document as you read it:"
                    + " add 'url: https://...' and 'accessed: YYYY-MM-DD' before this line, or, where there is no"
                    + " address, 'no_url: \"why\"'"));
        }
        if (hasUrl && !lines.containsKey("accessed")) {
            problems.add(new Problem(path, closingLine, "missing 'accessed': add the day you read the page at 'url',"
                    + " e.g. 'accessed: " + today + "', before this line"));
        }
        if (!hasUrl && lines.containsKey("accessed")) {
            problems.add(new Problem(path, lines.get("accessed"), "'accessed' is the day the page at 'url' was read,"
                    + " but this source has no 'url': add the url, or remove the line"));
        }
        if (!hasUrl && lines.containsKey("archive_url")) {
            problems.add(new Problem(path, lines.get("archive_url"), "'archive_url' is an archived copy of the page"
                    + " at 'url', but this source has no 'url': add the url you read, or remove the line"));
        }
        if (values.get("accessed") instanceof LocalDate accessed && accessed.isAfter(today)) {
            problems.add(new Problem(path, lines.get("accessed"), "'accessed' is " + accessed + ", after the day of"
                    + " this bake (" + today + "): write the day you read the page"));
        }
        if (values.get("url") instanceof String url && url.equals(values.get("archive_url"))) {
            problems.add(new Problem(path, lines.get("archive_url"), "'archive_url' is the same as 'url': give the"
                    + " archived copy's own address, or remove the line"));
        }
    }
}
