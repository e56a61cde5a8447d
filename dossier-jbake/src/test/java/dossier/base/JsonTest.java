package dossier.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    private static Object readBack(String json) throws Exception {
        return new ObjectMapper().readValue(json, Object.class);
    }

    private static Map<String, Object> sample() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "“Quoted”, \"plain\", back\\slash, tab\tnew\nline, bell\u0007, line sep\u2028 – dash");
        value.put("number", 7);
        value.put("yes", true);
        value.put("nothing", null);
        value.put("list", Arrays.asList("a", null, List.of(), Map.of()));
        value.put("nested", Map.of("deep", List.of(1, 2)));
        return value;
    }

    @Test
    void writesJsonThatReadsBackAsTheSameValues() throws Exception {
        assertEquals(sample(), readBack(Json.write(sample())));
    }

    @Test
    void keepsTheKeyOrderOfTheMap() throws Exception {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("z", 1);
        ordered.put("a", 2);
        assertEquals("{\n  \"z\": 1,\n  \"a\": 2\n}\n", Json.write(ordered));
    }

    @Test
    void writesNothingThatCouldCloseAnHtmlScriptElement() throws Exception {
        Map<String, Object> value = Map.of("text", "</script><script>alert(1)</script><!-- x");
        String json = Json.forHtmlScript(value);
        assertFalse(json.contains("<"), json);
        assertEquals(value, readBack(json));
    }

    @Test
    void refusesValuesItCannotWrite() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("when", java.time.LocalDate.now())));
    }
}
