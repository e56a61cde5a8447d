package dossier.sitetests;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page loads nothing from another host, and says so in a Content-Security-Policy that a browser
 * enforces: every fetch directive allows at most the site itself (or nothing, or inline data).
 */
final class ThirdPartyCheck {

    /** Elements and attributes through which a page makes the browser fetch something. */
    private static final String LOADING = "script[src], img[src], img[srcset], source[src], source[srcset], "
            + "iframe[src], frame[src], embed[src], object[data], video[src], video[poster], audio[src], "
            + "track[src], input[src], link[href]:not([rel~=(?i)^(alternate|canonical|author|help|license|next|prev|search|bookmark|me)$])";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+?)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");
    /** Sources in a policy that name no other host. */
    private static final Set<String> SAME_SITE_SOURCES = Set.of("'self'", "'none'", "'unsafe-inline'", "data:",
            "'strict-dynamic'", "'report-sample'");

    private ThirdPartyCheck() {
    }

    /** What the page would load from another host, and what is missing or too loose in its policy. */
    static List<String> problems(Document page) {
        List<String> problems = new ArrayList<>(externalLoads(page));
        problems.addAll(policyProblems(page));
        return problems;
    }

    static List<String> externalLoads(Document page) {
        List<String> problems = new ArrayList<>();
        for (Element element : page.select(LOADING)) {
            for (String attribute : List.of("src", "href", "data", "poster", "srcset")) {
                if (element.hasAttr(attribute)) {
                    for (String url : attribute.equals("srcset") ? srcsetUrls(element.attr("srcset"))
                            : List.of(element.attr(attribute))) {
                        if (isExternal(url)) {
                            problems.add("<" + element.normalName() + " " + attribute + "=\"" + url
                                    + "\"> loads from another host");
                        }
                    }
                }
            }
        }
        for (Element styled : page.select("[style]")) {
            problems.addAll(externalInCss("style attribute of <" + styled.normalName() + ">", styled.attr("style")));
        }
        for (Element style : page.select("style")) {
            problems.addAll(externalInCss("<style>", style.data()));
        }
        return problems;
    }

    /** url() and @import in a stylesheet that point to another host. */
    static List<String> externalInCss(String where, String css) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = CSS_URL.matcher(css);
        while (matcher.find()) {
            String url = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (isExternal(url)) {
                problems.add(where + " loads " + url + " from another host");
            }
        }
        return problems;
    }

    /** The page's policy exists, and no fetch directive (nor the default) allows another host. */
    static List<String> policyProblems(Document page) {
        List<Element> policies = page.select("meta[http-equiv~=(?i)^content-security-policy$]");
        if (policies.isEmpty()) {
            return List.of("no <meta http-equiv=\"Content-Security-Policy\"> in <head>");
        }
        List<String> problems = new ArrayList<>();
        for (Element policy : policies) {
            if (policy.parent() == null || !policy.parent().normalName().equals("head")) {
                problems.add("the Content-Security-Policy is not in <head>, where a browser applies it");
            }
            boolean hasDefault = false;
            for (String directive : policy.attr("content").split(";")) {
                List<String> parts = Arrays.stream(directive.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
                if (parts.isEmpty()) {
                    continue;
                }
                String name = parts.get(0).toLowerCase(Locale.ROOT);
                if (!name.endsWith("-src") && !name.equals("base-uri") && !name.equals("form-action")) {
                    continue;
                }
                hasDefault |= name.equals("default-src");
                for (String source : parts.subList(1, parts.size())) {
                    String lower = source.toLowerCase(Locale.ROOT);
                    if (!SAME_SITE_SOURCES.contains(lower) && !lower.startsWith("'nonce-") && !lower.startsWith("'sha")) {
                        problems.add("the Content-Security-Policy's " + name + " allows " + source);
                    }
                }
            }
            if (!hasDefault) {
                problems.add("the Content-Security-Policy has no default-src, so other hosts are allowed by default");
            }
        }
        return problems;
    }

    private static List<String> srcsetUrls(String srcset) {
        return Arrays.stream(srcset.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(candidate -> candidate.split("\\s+")[0]).toList();
    }

    /** A URL with a host (absolute or scheme-relative) names another host; the site only links relatively. */
    static boolean isExternal(String url) {
        String value = url.strip();
        if (value.startsWith("//")) {
            return true;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && !scheme.equalsIgnoreCase("data");
        } catch (URISyntaxException e) {
            return value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !value.toLowerCase(Locale.ROOT).startsWith("data:");
        }
    }
}
