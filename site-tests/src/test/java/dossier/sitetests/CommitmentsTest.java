package dossier.sitetests;

import dossier.sitetests.ContentFiles.ContentFile;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * "Was it kept?": every commitment is listed under the round it was first pledged at, with where it stood on
 * the record's date, worked out here from its file; that round's page lists it too; and the register of what is
 * in force lists government measures only.
 */
class CommitmentsTest {

    private static final String PAGE = "commitments.html";

    private static List<ContentFile> commitments() {
        List<ContentFile> commitments = MeasureFiles.commitments();
        assertFalse(commitments.isEmpty(), "the dossier has no commitments");
        return commitments;
    }

    /** The round or event a commitment was first pledged at: its first pledged step's changed_by. */
    private static String madeAt(ContentFile commitment) {
        return MeasureFiles.steps(commitment).stream().filter(s -> "pledged".equals(s.get("status")))
                .filter(s -> s.containsKey("changed_by")).map(s -> s.get("changed_by").toString()).findFirst().orElseThrow();
    }

    private static String pageOf(String id) {
        return Files.exists(BakedSite.SITE.resolve("rounds/" + id + ".html")) ? "rounds/" + id + ".html"
                : "events/" + id + ".html";
    }

    private static final Map<String, String> LABELS = Map.of("pledged", "Pledged", "carried-out", "Carried out",
            "suspended", "Suspended", "withdrawn", "Withdrawn", "unclear", "Unclear");

    @TestFactory
    Stream<DynamicTest> eachCommitmentIsListedUnderItsRoundWithWhereItStoodOnTheRecordDate() {
        org.jsoup.nodes.Document page = BakedSite.page(PAGE);
        String recordDate = page.selectFirst("main .lede time").attr("datetime");
        return commitments().stream().map(commitment -> dynamicTest(commitment.id(), () -> {
            Element heading = page.getElementById(madeAt(commitment));
            assertNotNull(heading, "no section for " + madeAt(commitment) + " on " + PAGE);
            Element item = heading.nextElementSibling().selectFirst("li:has(a[href=" + commitment.page() + "])");
            assertNotNull(item, commitment.id() + " is not listed under " + heading.text());
            Map<String, Object> standing = MeasureFiles.standingStep(commitment, recordDate);
            assertTrue(item.selectFirst(".note").text().endsWith(LABELS.get(standing.get("status").toString()) + " ("
                    + BakedSite.page(commitment.page()).select("ol.measure-history time[datetime="
                    + MeasureFiles.text(standing.get("date")) + "]").first().text() + ")"), item.text());
        }));
    }

    @Test
    void eachRoundListsTheCommitmentsMadeThere() {
        for (ContentFile commitment : commitments()) {
            String page = pageOf(madeAt(commitment));
            Element section = BakedSite.page(page).selectFirst("section[aria-labelledby=commitments]");
            assertNotNull(section, page + " has no 'Commitments made here' section");
            assertFalse(section.select("a[href=../" + commitment.page() + "]").isEmpty(), page + " does not list "
                    + commitment.page());
        }
    }

    @Test
    void theRegisterOfWhatIsInForceListsNoCommitment() {
        org.jsoup.nodes.Document register = BakedSite.page("measures/index.html");
        for (ContentFile commitment : commitments()) {
            assertEquals(0, register.select("main a[href=../" + commitment.page() + "]").size(), commitment.page());
        }
    }

    @Test
    void aCommitmentAboutAMeasureLinksToIt() {
        int linked = 0;
        for (ContentFile commitment : commitments()) {
            if (commitment.text("concerns") != null) {
                assertFalse(BakedSite.page(commitment.page()).select("a[href=../measures/" + commitment.text("concerns") + ".html]")
                        .isEmpty(), commitment.page());
                linked++;
            }
        }
        assertTrue(linked > 0);
    }
}
