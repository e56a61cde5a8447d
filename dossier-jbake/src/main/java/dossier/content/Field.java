package dossier.content;

/** One {@code key: value} pair of a front matter, with the line of its key. */
public record Field(String key, YamlValue value, int line) {
}
