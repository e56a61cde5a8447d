package dossier.content;

/**
 * One government's account of a meeting or call, as a readout comparison shows it: an excerpt, verbatim, from
 * one source, and who gave the account and through whom the reader has it.
 *
 * @param side    us or china: whose account it is
 * @param by      who gave the account, and through whom ("Xinhua, as Shanghai Daily carried it")
 * @param source  the id of the source the excerpt is copied from
 * @param excerpt the source's words, verbatim
 * @param line    the line of the file the account begins on
 */
public record Account(String side, String by, String source, String excerpt, int line) {
}
