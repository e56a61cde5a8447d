package dossier.data;

import dossier.base.Dates;

import java.time.LocalDate;
import java.util.List;

/**
 * The checked contents of data/tariffs.yaml: the headline additional tariff rate each side applied,
 * change by change, and the truce periods. Every row names the source it rests on.
 */
public record TariffData(List<RateChange> rates, List<TrucePeriod> truces) {

    /** The sides, in the order the charts list them. */
    public static final List<String> SIDES = List.of("us", "china");

    /**
     * From {@code date} (the day it took effect) on, {@code side}'s rate is {@code rate} percent; a null rate
     * means the record gives no single rate from that day (the chart shows a gap). {@code announced} is the
     * day it was announced where that was earlier (else null); {@code evidence} the source's own words that
     * state the change; {@code parts} the recorded rates a combined rate adds up ({@code [84, 20]} for 104),
     * empty where the source states the rate itself.
     */
    public record RateChange(LocalDate date, String side, Integer rate, String source, String note,
                             LocalDate announced, String evidence, List<Integer> parts, int line) {

        /** A change with no announcement day, evidence or parts: for charts drawn in tests. */
        public RateChange(LocalDate date, String side, Integer rate, String source, String note, int line) {
            this(date, side, rate, source, note, null, "", List.of(), line);
        }

        public boolean recorded() {
            return rate != null;
        }
    }

    /**
     * A truce period, {@code from} to {@code until} inclusive; {@code event} is the page it links to.
     * {@code untilRecorded} is false where the record gives a length, not an end date: {@code until} is then
     * worked out for drawing, and is not shown to readers as a date of record.
     */
    public record TrucePeriod(LocalDate from, LocalDate until, boolean untilRecorded, String event, String source,
                              String label, int line) {

        /** The dates readers see: "11 August – 10 November 2025", or "from 14 May 2025" for a length. */
        public String dates() {
            return untilRecorded ? Dates.range(from, until) : "from " + Dates.day(from);
        }
    }

    /** One side's changes in date order. */
    public List<RateChange> ratesOf(String side) {
        return rates.stream().filter(r -> r.side().equals(side)).toList();
    }
}
