package dossier.sitetests;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** How a site check reports: every problem it found, under the name of the file it found them in. */
final class SiteChecks {

    private SiteChecks() {
    }

    static void assertNone(String check, Object file, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " " + check + " in " + file + ":\n  " + String.join("\n  ", problems));
        }
    }
}
