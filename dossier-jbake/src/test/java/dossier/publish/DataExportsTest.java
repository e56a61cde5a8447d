package dossier.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.publish.DataExports.ExportDoc;
import dossier.publish.DataExports.FieldDoc;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

class DataExportsTest {

    private static final Map<String, String> FILES = new Published().files();

    @TestFactory
    Stream<DynamicTest> everyItemHasExactlyTheDocumentedFieldsInOrder() {
        return DataExports.EXPORTS.stream().map(export -> dynamicTest(export.file(), () -> {
            JsonNode items = Published.json(FILES.get(export.file())).get("items");
            assertFalse(items.isEmpty(), "no items in " + export.file());
            List<String> documented = export.fields().stream().map(FieldDoc::name).toList();
            for (JsonNode item : items) {
                List<String> names = new ArrayList<>();
                item.fieldNames().forEachRemaining(names::add);
                assertEquals(documented, names);
            }
        }));
    }

    @Test
    void exportsEveryPublishedDocumentOnce() {
        assertEquals(1, Published.json(FILES.get("rounds.json")).get("items").size());
        assertEquals(2, Published.json(FILES.get("actors.json")).get("items").size());
        assertEquals(1, Published.json(FILES.get("quotes.json")).get("items").size());
        assertEquals(3, Published.json(FILES.get("timeline.json")).get("items").size(), "round, event and quote");
    }

    @Test
    void pointsToItsDocumentationAndGivesAbsentOptionalFieldsAsNull() {
        JsonNode actors = Published.json(FILES.get("actors.json"));
        assertEquals(Published.HOST + "/data.html", actors.get("documentation").asText());
        JsonNode bessent = actors.get("items").get(1); // by name: He Lifeng, Scott Bessent
        assertEquals("bessent", bessent.get("id").asText());
        assertEquals(true, bessent.get("native_name").isNull());
        assertEquals("[\"geneva\"]", bessent.get("rounds").toString());
        assertEquals("[\"everything\"]", bessent.get("quotes").toString());
    }

    @Test
    void documentsEveryFileItListsOnTheDataPage() {
        assertEquals(DataExports.EXPORTS, DataExports.page().exports());
        for (ExportDoc subscription : DataExports.page().subscriptions()) {
            assertFalse(FILES.get(subscription.file()).isEmpty(), subscription.file());
        }
    }
}
