/**
 * Layer 2, documents checked: the schema of each type ({@link dossier.validation.Schema}), the checks of
 * one file ({@link dossier.validation.FileChecker}) and of the whole dossier (references, delegations,
 * cited addresses), run by {@link dossier.validation.ContentValidator}. Uses only {@code dossier.content}.
 */
package dossier.validation;
