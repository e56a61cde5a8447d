/**
 * Layer 3, data/tariffs.yaml read and checked like content ({@link dossier.data.TariffDataReader}), each
 * rate with its source's own words as evidence ({@link dossier.data.TariffEvidence}). Uses
 * {@code dossier.content} and {@code dossier.base}.
 */
package dossier.data;
