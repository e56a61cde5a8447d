package dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text as the terms lunr 2.3.9 indexes for it, with the pipeline {@code lunr()} sets up by default:
 * the tokenizer (lower case, split on white space and hyphens), the trimmer (non-word characters off
 * both ends), the English stop-word filter and the stemmer. Each step follows lunr's own definition,
 * including JavaScript's idea of white space and of a word character, so the browser finds every term
 * where this index put it.
 */
final class LunrTerms {

    /** lunr's English stop words (lunr.stopWordFilter): never indexed. */
    private static final Set<String> STOP_WORDS = Set.of("a", "able", "about", "across", "after", "all", "almost",
            "also", "am", "among", "an", "and", "any", "are", "as", "at", "be", "because", "been", "but", "by", "can",
            "cannot", "could", "dear", "did", "do", "does", "either", "else", "ever", "every", "for", "from", "get",
            "got", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into",
            "is", "it", "its", "just", "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my",
            "neither", "no", "nor", "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather",
            "said", "say", "says", "she", "should", "since", "so", "some", "than", "that", "the", "their", "them",
            "then", "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you",
            "your");

    private final LunrStemmer stemmer = new LunrStemmer();

    /** The terms of {@code text} in order, repeats kept: what lunr's Builder counts for a field. */
    List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        for (String token : tokens(text)) {
            String trimmed = trim(token);
            if (!STOP_WORDS.contains(trimmed)) {
                terms.add(stemmer.stem(trimmed));
            }
        }
        return terms;
    }

    /** lunr.tokenizer: the text in lower case, split on white space and hyphens; nothing trimmed. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int end = 0; end <= lower.length(); end++) {
            if (end == lower.length() || isSeparator(lower.charAt(end))) {
                if (end > start) {
                    tokens.add(lower.substring(start, end));
                }
                start = end + 1;
            }
        }
        return tokens;
    }

    /** lunr.tokenizer.separator, /[\s\-]+/, with JavaScript's \s. */
    static boolean isSeparator(char c) {
        return c == '-' || c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f'
                || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    /** lunr.trimmer: JavaScript's \W (anything but A–Z, a–z, 0–9 and _) off both ends; may leave "". */
    static String trim(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && !isWordCharacter(token.charAt(from))) {
            from++;
        }
        while (to > from && !isWordCharacter(token.charAt(to - 1))) {
            to--;
        }
        return token.substring(from, to);
    }

    private static boolean isWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
