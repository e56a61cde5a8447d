package dossier.validation;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a step's {@code evidence} (the source's own words, copied) states what the step says: the rate and
 * the day it took effect. It reads the forms sources write them in: "84%", "84 percent", "84 per cent";
 * "April 10, 2025", "10 April 2025", "2025-04-10", "2025年4月10日".
 */
final class EvidenceWording {

    private EvidenceWording() {
    }

    static boolean statesRate(String evidence, int rate) {
        return Pattern.compile("(?<![\\d.])" + rate + "(\\s?%|\\s?percent|\\s?per cent|\\s?％)",
                Pattern.CASE_INSENSITIVE).matcher(evidence).find();
    }

    static boolean statesDay(String evidence, LocalDate day) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String shortMonth = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        int d = day.getDayOfMonth();
        List<String> forms = List.of(
                "(" + month + "|" + shortMonth + "\\.?)\\s+0?" + d + "(?!\\d)",
                "(?<!\\d)0?" + d + "(st|nd|rd|th)?\\s+(of\\s+)?(" + month + "|" + shortMonth + "\\.?)(?![a-z])",
                Pattern.quote(day.toString()),
                day.getYear() + "年" + day.getMonthValue() + "月" + d + "日");
        return forms.stream().anyMatch(form ->
                Pattern.compile(form, Pattern.CASE_INSENSITIVE).matcher(evidence).find());
    }
}
