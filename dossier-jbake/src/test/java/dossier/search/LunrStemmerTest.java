package dossier.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LunrStemmerTest {

    @Test
    void stemsEveryWordOfLunrsOwnVocabularyAsLunrDoes() throws Exception {
        JsonNode vocabulary;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/lunr/2.3.9/test/fixtures/stemming_vocab.json")) {
            vocabulary = new ObjectMapper().readTree(in);
        }
        List<String> wrong = new ArrayList<>();
        vocabulary.fields().forEachRemaining(word -> {
            String stem = LunrStemmer.porter(word.getKey());
            if (!stem.equals(word.getValue().asText())) {
                wrong.add(word.getKey() + " -> " + stem + ", lunr: " + word.getValue().asText());
            }
        });
        assertTrue(vocabulary.size() > 50, "the fixture has " + vocabulary.size() + " words");
        assertEquals(List.of(), wrong);
    }
}
