package dossier.model;

import dossier.base.Dates;

import java.time.LocalDate;
import java.util.List;

/**
 * The headline additional tariff rate each side applied to the other's goods, change by change, and the truce
 * periods: computed from the tariff measures by {@link TariffSeries}, never kept by hand. Every change names the
 * source of the step that made it.
 */
public record TariffData(List<RateChange> rates, List<TrucePeriod> truces) {

    /** The sides, in the order the charts list them. */
    public static final List<String> SIDES = List.of("us", "china");

    /** One tariff measure's share of a side's rate from a day: the measure's id and title, and its rate ("84%"). */
    public record Part(String measure, String title, String rate) {
    }

    /**
     * From {@code date} (the day it took effect) on, {@code side}'s rate is {@code rate} percent; a null rate
     * means the record gives no single rate from that day (the chart shows a gap). {@code announced} is the
     * day it was announced where that was earlier (else null); {@code evidence} the source's own words that
     * state the change; {@code parts} the tariffs in force that day: for a rate, those it adds up (the one that
     * changed first), for a gap, the tariffs on some products that apply.
     */
    public record RateChange(LocalDate date, String side, Integer rate, String source, String note,
                             LocalDate announced, String evidence, List<Part> parts, int line) {

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
