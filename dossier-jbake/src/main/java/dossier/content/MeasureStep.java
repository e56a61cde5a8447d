package dossier.content;

import java.time.LocalDate;

/**
 * One dated step in a measure's life, as its {@code history} lists it: what became of it that day,
 * according to a source, in the source's own words.
 *
 * @param date      the day the status applies from (the effective day; for a threat or an announcement, the day made)
 * @param announced the day the step was announced, where that was before {@code date}, or null
 * @param status    announced, threatened, in-force, suspended, withdrawn, expired or struck-down
 * @param rate      the rate from that day, as the source gives it ("84%"), or ""; for a suspension, the rate still
 *                  charged while the rest is suspended
 * @param until     the day a suspension or the measure itself is set to end, where the record gives one, or null
 * @param changedBy the id of the round or event that brought the step about, or ""
 * @param source    the id of the source that records the step
 * @param evidence  the source's own words for the step, verbatim
 * @param line      the line of the file the step begins on
 */
public record MeasureStep(LocalDate date, LocalDate announced, String status, String rate, LocalDate until,
                          String changedBy, String source, String evidence, int line) {

    /** The statuses a step of a government measure may have, in the words the register uses for them. */
    public static final java.util.List<String> MEASURE_STATUSES = java.util.List.of("announced", "threatened",
            "in-force", "suspended", "withdrawn", "expired", "struck-down");

    /** The statuses a step of a commitment (a promise made at a round) may have: was it kept? */
    public static final java.util.List<String> COMMITMENT_STATUSES = java.util.List.of("pledged", "carried-out",
            "suspended", "withdrawn", "unclear");

    /** Every status a step may have; which of them a measure's steps use depends on its kind. */
    public static final java.util.List<String> STATUSES = java.util.stream.Stream.concat(MEASURE_STATUSES.stream(),
            COMMITMENT_STATUSES.stream()).distinct().toList();

    /**
     * Whether the step changed what applied that day. An announcement or a threat does not: the measure stands
     * where its last effective step left it until the announced step takes effect.
     */
    public boolean effective() {
        return !status.equals("announced") && !status.equals("threatened") && !status.equals("pledged");
    }

    /** Whether a rate was charged from that day: the measure was in force, or suspended above a rate still charged. */
    public boolean charged() {
        return status.equals("in-force") || status.equals("suspended") && !rate.isEmpty();
    }

    /** The rate as a whole percentage ("84%" is 84), or null where it is not one. */
    public Integer percentage() {
        return rate.matches("\\d{1,4}%") ? Integer.valueOf(rate.substring(0, rate.length() - 1)) : null;
    }
}
