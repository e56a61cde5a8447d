package dossier.validation;

import dossier.content.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small valid dossier as files in memory; tests replace or add files to break it. */
public final class MiniDossier {

    private final Map<String, String> files = new LinkedHashMap<>();

    public MiniDossier() {
        files.put("sources/report.md", """
                ---
                title: A report
                publisher: A newspaper
                date: 2025-10-24
                kind: report
                url: https://news.example.com/report
                accessed: 2026-11-30
                status: published
                ---
                The report.
                """);
        files.put("actors/bessent.md", """
                ---
                name: Scott Bessent
                role: Secretary of the Treasury
                side: us
                kind: person
                status: published
                sources: [report]
                ---
                Profile.
                """);
        files.put("actors/he-lifeng.md", """
                ---
                name: He Lifeng
                role: Vice Premier
                side: china
                kind: person
                status: published
                sources: [report]
                ---
                Profile.
                """);
        files.put("topics/tariffs.md", """
                ---
                title: Tariffs
                summary: Duties on imports.
                status: published
                sources: [report]
                ---
                Briefing.
                """);
        files.put("rounds/geneva.md", """
                ---
                title: Geneva talks
                kind: negotiation
                number: 1
                date: 2025-05-10
                end_date: 2025-05-11
                city: Geneva
                country: Switzerland
                delegations:
                  us: [bessent]
                  china: [he-lifeng]
                topics: [tariffs]
                outcome: Tariffs were cut.
                status: published
                sources: [report]
                ---
                Briefing.
                """);
        files.put("quotes/everything.md", """
                ---
                speaker: bessent
                kind: statement
                text: Everything on the table
                date: 2025-10-24
                date_basis: reported
                setting: Interview
                source: report
                round: geneva
                topics: [tariffs]
                status: published
                ---
                About it.
                """);
    }

    public MiniDossier with(String pathInContent, String text) {
        files.put(pathInContent, text);
        return this;
    }

    /** Replaces the first occurrence of {@code from} in one file. */
    public MiniDossier edit(String pathInContent, String from, String to) {
        String text = files.get(pathInContent);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(pathInContent + " has no '" + from + "'");
        }
        files.put(pathInContent, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return this;
    }

    public List<SourceFile> files() {
        List<SourceFile> list = new ArrayList<>();
        files.forEach((path, text) -> list.add(new SourceFile("content/" + path, path, Path.of("/dossier/content", path), text)));
        return list;
    }

    /** The day the tests bake on: a source read on it is fine, one read after it is not. */
    public static final java.time.LocalDate TODAY = java.time.LocalDate.parse("2026-11-30");

    public ContentValidator.Outcome validate() {
        return new ContentValidator(TODAY).validate(files());
    }
}
