package dossier.publish;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteAddressTest {

    @Test
    void makesAbsoluteAddressesFromTheHostWithOrWithoutATrailingSlash() {
        assertEquals("https://example.org/dossier/rounds/geneva.html",
                new SiteAddress("https://example.org/dossier/").of("rounds/geneva.html"));
        assertEquals("https://example.org/", new SiteAddress("https://example.org").root());
    }

    @Test
    void refusesAHostThatIsNotAnAddress() {
        assertThrows(IllegalArgumentException.class, () -> new SiteAddress("example.org/dossier"));
        assertThrows(IllegalArgumentException.class, () -> new SiteAddress(null));
    }
}
