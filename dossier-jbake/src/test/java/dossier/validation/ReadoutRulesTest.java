package dossier.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A readout comparison, one test per rule, each with its exact message on the line that breaks it. */
class ReadoutRulesTest {

    /** A valid comparison: line 6 is the US account, line 10 China's. */
    private static final String READOUT = """
            ---
            title: "Geneva talks: the two governments' accounts"
            about: geneva
            topics: [tariffs]
            accounts:
              - side: us
                by: "The Treasury Secretary"
                source: report
                excerpt: "Substantial progress."
              - side: china
                by: "Xinhua"
                source: report
                excerpt: "A series of major consensuses."
            only_us:
              - "The US account gives no detail; the Chinese account shown here does."
            only_china:
              - "The Chinese account mentions consensuses; the US account shown here does not."
            status: published
            ---
            What each account is.
            """;

    private static final String PATH = "content/readouts/geneva-readouts.md";

    private static List<String> problemsWith(String readout) {
        return new MiniDossier().with("readouts/geneva-readouts.md", readout).validate().problems().stream()
                .map(Object::toString).toList();
    }

    @Test
    void aComparisonOfTwoSourcedAccountsIsValid() {
        assertEquals(List.of(), problemsWith(READOUT));
    }

    @Test
    void aComparisonIsAboutARoundOrAnEvent() {
        assertEquals(List.of(PATH + ":3: about 'tariffs' is a topic, not a round or an event (content/topics/tariffs.md)"),
                problemsWith(READOUT.replace("about: geneva", "about: tariffs")));
    }

    @Test
    void aComparisonHasAnAccountFromEachSide() {
        assertEquals(List.of(PATH + ":5: 'accounts' has no account from the china side: a comparison shows both"
                        + " governments' accounts, so add one with 'side: china'"),
                problemsWith(READOUT.replace("side: china", "side: us")));
    }

    @Test
    void anAccountHasItsExcerpt() {
        assertEquals(List.of(PATH + ":10: an account has no 'excerpt': add 'excerpt: \"the source's own words,"
                + " verbatim\"'"), problemsWith(READOUT.replace("    excerpt: \"A series of major consensuses.\"\n", "")));
    }

    @Test
    void aMisspeltFieldOfAnAccountGivesOneMessage() {
        assertEquals(List.of(PATH + ":13: unknown field 'exerpt' in an account (did you mean 'excerpt'?) (an account's"
                        + " fields: side, by, source, excerpt)"),
                problemsWith(READOUT.replace("excerpt: \"A series", "exerpt: \"A series")));
    }

    @Test
    void anAccountsSourceMustExist() {
        assertEquals(List.of(PATH + ":6: unknown source 'reprot' (did you mean 'report'?): no file content/sources/reprot.md"),
                problemsWith(READOUT.replaceFirst("source: report", "source: reprot")));
    }

    @Test
    void anAccountsSideIsOneOfTheTwo() {
        assertEquals(List.of(PATH + ":10: side 'eu' is not one of us, china (did you mean 'us'?)"),
                problemsWith(READOUT.replace("side: china", "side: eu")).subList(0, 1));
    }
}
