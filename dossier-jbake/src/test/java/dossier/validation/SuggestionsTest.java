package dossier.validation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    private final List<String> speakers = List.of("bessent", "greer", "he-lifeng", "trump", "xi");

    @Test
    void suggestsTheClosestKnownName() {
        assertEquals(Optional.of("bessent"), Suggestions.closest("bessant", speakers));
        assertEquals(Optional.of("he-lifeng"), Suggestions.closest("helifeng", speakers));
    }

    @Test
    void countsTwoSwappedLettersAsOneMistake() {
        assertEquals(1, Suggestions.distance("greer", "greer".replace("re", "er")));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggestions.closest("lutnick", speakers));
        assertEquals("", Suggestions.hint("lutnick", speakers));
    }

    @Test
    void formatsTheHintForAMessage() {
        assertEquals(" (did you mean 'speaker'?)", Suggestions.hint("speeker", List.of("speaker", "setting")));
    }
}
