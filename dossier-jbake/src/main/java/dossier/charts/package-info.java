/**
 * Layer 4, the pictures drawn in Java as SVG: the timeline and the tariff step chart. Uses the dossier,
 * the tariff rates computed from it ({@code dossier.model.TariffData}) and {@code dossier.base}.
 */
package dossier.charts;
