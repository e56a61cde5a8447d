/**
 * Layer 1, files to documents: the one YAML reader, for front matter, every value with
 * its line ({@link dossier.content.YamlReader}); a content file split into front matter and Markdown
 * body ({@link dossier.content.FrontMatterParser}), the {@link dossier.content.Document} it
 * becomes, the types and their fields ({@link dossier.content.ContentType}), and the one vocabulary of
 * messages every check speaks: {@link dossier.content.Problem}, {@code path:line: message}. Depends on
 * no other package of the project.
 */
package dossier.content;
