package dossier.site;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditLinksTest {

    private static final String QUOTE = "content/quotes/bessent-optimistic.md";

    @Test
    void appendsTheSourcePathToTheBaseAddress() {
        assertEquals(Optional.of("https://github.com/o/r/edit/main/" + QUOTE),
                EditLinks.of("https://github.com/o/r/edit/main/", QUOTE));
    }

    @Test
    void addsTheSlashABaseAddressLacks() {
        assertEquals(Optional.of("https://github.com/o/r/edit/main/" + QUOTE),
                EditLinks.of("https://github.com/o/r/edit/main", QUOTE));
    }

    @Test
    void makesNoLinkWithoutABaseAddress() {
        assertEquals(Optional.empty(), EditLinks.of(null, QUOTE));
        assertEquals(Optional.empty(), EditLinks.of("  ", QUOTE));
    }
}
