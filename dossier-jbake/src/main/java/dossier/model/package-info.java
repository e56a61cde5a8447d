/**
 * Layer 3, the dossier: the published documents indexed once, with what every page computes from them
 * (backlinks, rounds attended, the timeline, coverage of the record): {@link dossier.model.Dossier}; and
 * the register of measures, where each stood on a day ({@link dossier.model.MeasureRegister}), and the
 * headline tariff rates and truce computed from the tariff measures ({@link dossier.model.TariffSeries}).
 * Uses {@code dossier.content} and {@code dossier.validation}.
 */
package dossier.model;
