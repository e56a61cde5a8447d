package dossier.content;

import java.time.LocalDate;

/**
 * One dated step in a measure's life, as its {@code history} lists it: what became of it that day,
 * according to a source, in the source's own words.
 *
 * @param date      the day the status applies from (the effective day; for a threat or an announcement, the day made)
 * @param status    announced, threatened, in-force, suspended, withdrawn, expired or struck-down
 * @param rate      the rate from that day, as the source gives it ("84%"), or ""
 * @param until     the day a suspension or the measure itself is set to end, where the record gives one, or null
 * @param changedBy the id of the round or event that brought the step about, or ""
 * @param source    the id of the source that records the step
 * @param evidence  the source's own words for the step, verbatim
 * @param line      the line of the file the step begins on
 */
public record MeasureStep(LocalDate date, String status, String rate, LocalDate until, String changedBy,
                          String source, String evidence, int line) {

    /** The statuses a step may have, in the words the register uses for them. */
    public static final java.util.List<String> STATUSES = java.util.List.of("announced", "threatened", "in-force",
            "suspended", "withdrawn", "expired", "struck-down");
}
