package dossier.validation;

import dossier.content.Field;
import dossier.content.Problem;
import dossier.content.YamlValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a list of named fields (a measure's step, a readout's account), each field checked like a
 * front-matter field, every problem on the field's own line: an unknown name with a did-you-mean, a list where
 * one value belongs, a value of the wrong shape, a required field missing. One mistake gives one message: a
 * misspelt field already says which field it should be, so that field is not also reported missing.
 */
final class NamedFields {

    private NamedFields() {
    }

    /**
     * @param where what the item is, for messages: "a step of 'history'", "an account"
     * @param whose the same as a possessive: "a step's", "an account's"
     * @return the converted values by name (only the ones that converted)
     */
    static Map<String, Object> read(String path, YamlValue.Mapping mapping, Map<String, FieldSpec> specs, String where,
                                    String whose, List<Problem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> misspelt = new ArrayList<>();
        for (Field field : mapping.entries().values()) {
            FieldSpec spec = specs.get(field.key());
            if (spec == null) {
                String hint = Suggestions.hint(field.key(), specs.keySet());
                misspelt.add(hint);
                problems.add(new Problem(path, field.line(), "unknown field '" + field.key() + "' in " + where + hint
                        + " (" + whose + " fields: " + String.join(", ", specs.keySet()) + ")"));
            } else if (!(field.value() instanceof YamlValue.Scalar scalar)) {
                problems.add(new Problem(path, field.line(), "'" + field.key() + "' in " + where + " must be a single"
                        + " value, not " + field.value().shapeName()));
            } else {
                Object value = FileChecker.convertScalar(path, spec, scalar, problems);
                if (value != null) {
                    values.put(field.key(), value);
                }
            }
        }
        for (FieldSpec spec : specs.values()) {
            if (spec.required() && !mapping.entries().containsKey(spec.name())
                    && misspelt.stream().noneMatch(hint -> hint.contains("'" + spec.name() + "'"))) {
                problems.add(new Problem(path, mapping.line(), where + " has no '" + spec.name() + "': add '"
                        + spec.name() + ": " + spec.example() + "'"));
            }
        }
        return values;
    }
}
