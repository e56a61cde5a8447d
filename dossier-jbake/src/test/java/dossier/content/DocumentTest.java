package dossier.content;

import dossier.validation.Schema;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTest {

    private static Document quote(Map<String, Object> values) {
        return new Document(ContentType.QUOTE, "q", null, values, Map.of(), "");
    }

    @Test
    void aFieldTheTypeDoesNotHaveIsAMistakeNotAnEmptyValue() {
        Document quote = quote(Map.of("speaker", "bessent"));
        IllegalArgumentException misspelt = assertThrows(IllegalArgumentException.class, () -> quote.text("speeker"));
        assertTrue(misspelt.getMessage().startsWith("a quote has no field 'speeker' (its fields: status, speaker,"),
                misspelt.getMessage());
        assertThrows(IllegalArgumentException.class, () -> quote.has("end_date"), "an event's field, not a quote's");
        assertThrows(IllegalArgumentException.class, () -> quote.list("actors"));
    }

    @Test
    void anAbsentOptionalFieldOfTheTypeReadsAsAbsent() {
        Document quote = quote(Map.of("speaker", "bessent"));
        assertEquals("bessent", quote.text("speaker"));
        assertEquals("", quote.text("context"));
        assertFalse(quote.has("round"));
        assertEquals(List.of(), quote.list("variants"));
    }

    @Test
    void theLastDayIsTheEndDateWhereTheTypeHasOneAndItIsGiven() {
        LocalDate day = LocalDate.parse("2025-10-22");
        assertEquals(day, quote(Map.of("date", day)).lastDay(), "a quote has no end_date");
        Document round = new Document(ContentType.ROUND, "r", null,
                Map.of("date", day, "end_date", day.plusDays(1)), Map.of(), "");
        assertEquals(day.plusDays(1), round.lastDay());
        assertFalse(round.datedToMonth(), "rounds have no date_precision");
    }

    @Test
    void theSchemaAndTheTypesNameTheSameFields() {
        for (ContentType type : ContentType.values()) {
            assertEquals(List.copyOf(type.fields()), List.copyOf(Schema.fieldsOf(type).keySet()), type.toString());
        }
    }
}
