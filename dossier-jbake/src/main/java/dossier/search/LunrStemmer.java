package dossier.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as lunr 2.3.9 runs it ({@code lunr.stemmer}, MIT licence, shipped beside
 * lunr.min.js in the baked site), step for step, so that the index computed here holds the very terms
 * the browser's lunr looks up. Its own quirks are kept on purpose: a leading "y" is upper-cased while
 * stemming, and every pattern applies to any character, not only letters. {@code LunrStemmerTest} checks
 * it against lunr's own vocabulary fixture.
 */
final class LunrStemmer {

    // JavaScript's "." matches everything but line terminators, none of which a token holds; UNIX_LINES
    // keeps Java's "." from refusing U+0085, which JavaScript's tokenizer does not split on.
    private static final int FLAGS = Pattern.UNIX_LINES;

    private static final String C_ = "[^aeiou]";
    private static final String V_ = "[aeiouy]";
    private static final String CS = C_ + "[^aeiouy]*";
    private static final String VS = V_ + "[aeiou]*";

    private static final Pattern M_GR_0 = Pattern.compile("^(" + CS + ")?" + VS + CS, FLAGS);
    private static final Pattern M_EQ_1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$", FLAGS);
    private static final Pattern M_GR_1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS, FLAGS);
    private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + CS + ")?" + V_, FLAGS);

    private static final Pattern STEP_1A = Pattern.compile("^(.+?)(ss|i)es$", FLAGS);
    private static final Pattern STEP_1A_2 = Pattern.compile("^(.+?)([^s])s$", FLAGS);
    private static final Pattern STEP_1B = Pattern.compile("^(.+?)eed$", FLAGS);
    private static final Pattern STEP_1B_2 = Pattern.compile("^(.+?)(ed|ing)$", FLAGS);
    private static final Pattern LAST_CHARACTER = Pattern.compile(".$", FLAGS);
    private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$", FLAGS);
    private static final Pattern DOUBLE_CONSONANT = Pattern.compile("([^aeiouylsz])\\1$", FLAGS);
    private static final Pattern CVC = Pattern.compile("^" + CS + V_ + "[^aeiouwxy]$", FLAGS);
    private static final Pattern STEP_1C = Pattern.compile("^(.+?[^aeiou])y$", FLAGS);
    private static final Pattern STEP_2 = Pattern.compile("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli"
            + "|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$", FLAGS);
    private static final Pattern STEP_3 = Pattern.compile("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$", FLAGS);
    private static final Pattern STEP_4 = Pattern.compile("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou"
            + "|ism|ate|iti|ous|ive|ize)$", FLAGS);
    private static final Pattern STEP_4_2 = Pattern.compile("^(.+?)(s|t)(ion)$", FLAGS);
    private static final Pattern STEP_5 = Pattern.compile("^(.+?)e$", FLAGS);
    private static final Pattern DOUBLE_L = Pattern.compile("ll$", FLAGS);

    private static final Map<String, String> STEP_2_SUFFIXES = Map.ofEntries(Map.entry("ational", "ate"),
            Map.entry("tional", "tion"), Map.entry("enci", "ence"), Map.entry("anci", "ance"), Map.entry("izer", "ize"),
            Map.entry("bli", "ble"), Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"), Map.entry("ator", "ate"),
            Map.entry("alism", "al"), Map.entry("iveness", "ive"), Map.entry("fulness", "ful"),
            Map.entry("ousness", "ous"), Map.entry("aliti", "al"), Map.entry("iviti", "ive"),
            Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP_3_SUFFIXES = Map.of("icate", "ic", "ative", "", "alize", "al",
            "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    // A bake stems millions of tokens but only tens of thousands of distinct words.
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    String stem(String word) {
        return stems.computeIfAbsent(word, LunrStemmer::porter);
    }

    static String porter(String word) {
        if (word.length() < 3) {
            return word;
        }
        String w = word;
        String first = w.substring(0, 1);
        if (first.equals("y")) {
            w = "Y" + w.substring(1);
        }

        // Step 1a
        if (find(STEP_1A, w)) {
            w = STEP_1A.matcher(w).replaceFirst("$1$2");
        } else if (find(STEP_1A_2, w)) {
            w = STEP_1A_2.matcher(w).replaceFirst("$1$2");
        }

        // Step 1b
        Matcher m;
        if ((m = STEP_1B.matcher(w)).find()) {
            if (find(M_GR_0, m.group(1))) {
                w = LAST_CHARACTER.matcher(w).replaceFirst("");
            }
        } else if ((m = STEP_1B_2.matcher(w)).find()) {
            String stem = m.group(1);
            if (find(VOWEL_IN_STEM, stem)) {
                w = stem;
                if (find(AT_BL_IZ, w)) {
                    w = w + "e";
                } else if (find(DOUBLE_CONSONANT, w)) {
                    w = LAST_CHARACTER.matcher(w).replaceFirst("");
                } else if (find(CVC, w)) {
                    w = w + "e";
                }
            }
        }

        // Step 1c
        if ((m = STEP_1C.matcher(w)).find()) {
            w = m.group(1) + "i";
        }

        // Step 2
        if ((m = STEP_2.matcher(w)).find()) {
            String stem = m.group(1);
            if (find(M_GR_0, stem)) {
                w = stem + STEP_2_SUFFIXES.get(m.group(2));
            }
        }

        // Step 3
        if ((m = STEP_3.matcher(w)).find()) {
            String stem = m.group(1);
            if (find(M_GR_0, stem)) {
                w = stem + STEP_3_SUFFIXES.get(m.group(2));
            }
        }

        // Step 4
        if ((m = STEP_4.matcher(w)).find()) {
            String stem = m.group(1);
            if (find(M_GR_1, stem)) {
                w = stem;
            }
        } else if ((m = STEP_4_2.matcher(w)).find()) {
            String stem = m.group(1) + m.group(2);
            if (find(M_GR_1, stem)) {
                w = stem;
            }
        }

        // Step 5
        if ((m = STEP_5.matcher(w)).find()) {
            String stem = m.group(1);
            if (find(M_GR_1, stem) || (find(M_EQ_1, stem) && !find(CVC, stem))) {
                w = stem;
            }
        }
        if (find(DOUBLE_L, w) && find(M_GR_1, w)) {
            w = LAST_CHARACTER.matcher(w).replaceFirst("");
        }

        if (first.equals("y")) {
            w = "y" + w.substring(1);
        }
        return w;
    }

    private static boolean find(Pattern pattern, String text) {
        return pattern.matcher(text).find();
    }
}
