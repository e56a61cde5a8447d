package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The measure files read plainly (SnakeYAML), and what the site must compute from them, worked out here
 * independently of the bake: where a measure stood on a day, each side's headline tariff rate change by
 * change, and the truce periods.
 */
final class MeasureFiles {

    /** One change of a side's headline rate: "none" where only tariffs on some products applied. */
    record RateRow(String side, String date, String rate, String source) {
    }

    /** A truce period: a suspension of a tariff on all goods with the end the record gives. */
    record Truce(String from, String until, String link) {
    }

    private MeasureFiles() {
    }

    /** Every file in content/measures/: the government measures and the commitments. */
    static List<ContentFile> measures() {
        return ContentFiles.published("measures");
    }

    /** The government measures, which the register lists; not the commitments. */
    static List<ContentFile> governmentMeasures() {
        return measures().stream().filter(m -> !"commitment".equals(m.text("kind"))).toList();
    }

    static List<ContentFile> commitments() {
        return measures().stream().filter(m -> "commitment".equals(m.text("kind"))).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(ContentFile measure) {
        return (List<Map<String, Object>>) measure.fields().get("history");
    }

    static String text(Object value) {
        return BakedCharts.text(value);
    }

    private static boolean applies(Map<String, Object> step) {
        return List.of("in-force", "suspended").contains(String.valueOf(step.get("status")));
    }

    /**
     * A measure's step on a day: its last step dated on or before it, except that an announcement or a threat
     * does not replace a step in force or suspended; null before its first step.
     */
    static Map<String, Object> standingStep(ContentFile measure, String day) {
        Map<String, Object> standing = null;
        for (Map<String, Object> step : steps(measure)) {
            if (text(step.get("date")).compareTo(day) > 0) {
                break;
            }
            boolean effective = !List.of("announced", "threatened", "pledged").contains(String.valueOf(step.get("status")));
            if (effective || standing == null || !applies(standing)) {
                standing = step;
            }
        }
        return standing;
    }

    static String standingOn(ContentFile measure, String day) {
        Map<String, Object> step = standingStep(measure, day);
        return step == null ? null : step.get("status").toString();
    }

    private static boolean charged(Map<String, Object> step) {
        return "in-force".equals(step.get("status")) || "suspended".equals(step.get("status")) && step.containsKey("rate");
    }

    private static List<ContentFile> tariffs(String side) {
        return measures().stream().filter(m -> "tariff".equals(m.text("kind")) && side.equals(m.text("side"))).toList();
    }

    /** Each side's headline rate change by change: the sum of what its tariffs on all goods charged. */
    static List<RateRow> headlineRates() {
        List<RateRow> rows = new ArrayList<>();
        for (String side : List.of("us", "china")) {
            TreeSet<String> days = new TreeSet<>();
            tariffs(side).forEach(t -> steps(t).forEach(s -> days.add(text(s.get("date")))));
            String last = null;
            for (String day : days) {
                int sum = 0;
                List<String> all = new ArrayList<>();
                List<String> some = new ArrayList<>();
                Map<String, Object> changedBy = null;
                for (ContentFile tariff : tariffs(side)) {
                    Map<String, Object> step = standingStep(tariff, day);
                    if (step == null) {
                        continue;
                    }
                    boolean effective = !List.of("announced", "threatened").contains(String.valueOf(step.get("status")));
                    if (changedBy == null && effective && text(step.get("date")).equals(day)) {
                        changedBy = step;
                    }
                    if (charged(step) && "all".equals(tariff.text("goods"))) {
                        sum += Integer.parseInt(step.get("rate").toString().replace("%", ""));
                        all.add(tariff.id());
                    } else if (charged(step)) {
                        some.add(tariff.id());
                    }
                }
                if (changedBy == null) {
                    continue;
                }
                String rate = !all.isEmpty() ? String.valueOf(sum) : some.isEmpty() ? "0" : "none";
                String state = rate + (rate.equals("none") ? some.stream().sorted().toList().toString() : all.stream().sorted().toList().toString());
                if (state.equals(last) || last == null && rate.equals("0")) {
                    continue;
                }
                last = state;
                rows.add(new RateRow(side, day, rate, changedBy.get("source").toString()));
            }
        }
        return rows;
    }

    /** The truce periods, by start day, the first side's suspension first. */
    static List<Truce> truces() {
        Map<String, Truce> byStart = new java.util.TreeMap<>();
        for (String side : List.of("us", "china")) {
            for (ContentFile tariff : tariffs(side)) {
                if (!"all".equals(tariff.text("goods"))) {
                    continue;
                }
                for (Map<String, Object> step : steps(tariff)) {
                    if ("suspended".equals(step.get("status")) && step.containsKey("until")) {
                        byStart.putIfAbsent(text(step.get("date")), new Truce(text(step.get("date")),
                                text(step.get("until")), step.containsKey("changed_by")
                                ? step.get("changed_by").toString() : tariff.id()));
                    }
                }
            }
        }
        return List.copyOf(byStart.values());
    }
}
