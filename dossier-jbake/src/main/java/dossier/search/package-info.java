/**
 * Layer 4, search: every page reduced to plain text, lunr's index of it computed at bake time
 * ({@link dossier.search.TermIndex}, with lunr's own pipeline in {@link dossier.search.LunrTerms} and
 * {@link dossier.search.LunrStemmer}) and cut into shards the search page fetches on demand
 * ({@link dossier.search.SearchShards}, {@link dossier.search.SearchQueryFiles}). Uses only
 * {@code dossier.base}.
 */
package dossier.search;
