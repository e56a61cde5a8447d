package dossier.validation;

import dossier.content.Account;
import dossier.content.ContentType;
import dossier.content.Field;
import dossier.content.Problem;
import dossier.content.YamlValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A readout comparison's {@code accounts}: a list of excerpts, each a set of named fields checked like any other
 * field, every problem on the account's own line; and at least one account from each side, since a comparison
 * needs both.
 */
final class AccountsChecker {

    /** The fields of one account, in the order the field table lists them. */
    static final Map<String, FieldSpec> ACCOUNT_FIELDS = new LinkedHashMap<>();

    static {
        for (FieldSpec spec : List.of(
                FieldSpec.choice("side", true, Schema.SIDES_OF_THE_TALKS.toArray(new String[0])),
                FieldSpec.text("by", true, "\"Xinhua, China's state news agency, as Shanghai Daily carried it\""),
                FieldSpec.id("source", true, ContentType.SOURCE, "source", "xinhua-readout-2025-06-05"),
                FieldSpec.text("excerpt", true, "\"the source's own words, verbatim\""))) {
            ACCOUNT_FIELDS.put(spec.name(), spec);
        }
    }

    private AccountsChecker() {
    }

    /** The accounts, or null where any is wrong (then each problem is added with its line). */
    static List<Account> convert(String path, Field field, List<Problem> problems) {
        if (!(field.value() instanceof YamlValue.Sequence list) || list.items().isEmpty()) {
            problems.add(new Problem(path, field.line(), "'accounts' must list the excerpts, each beginning '- side:',"
                    + " e.g. '- {side: us, by: \"...\", source: ..., excerpt: \"...\"}'"));
            return null;
        }
        int before = problems.size();
        List<Account> accounts = new ArrayList<>();
        for (YamlValue item : list.items()) {
            if (!(item instanceof YamlValue.Mapping mapping)) {
                problems.add(new Problem(path, item.line(), "each of 'accounts' is a set of named fields (side, by,"
                        + " source, excerpt), not " + item.shapeName()));
                continue;
            }
            Account account = account(path, mapping, problems);
            if (account != null) {
                accounts.add(account);
            }
        }
        for (String side : Schema.SIDES_OF_THE_TALKS) {
            if (problems.size() == before && accounts.stream().noneMatch(a -> a.side().equals(side))) {
                problems.add(new Problem(path, field.line(), "'accounts' has no account from the " + side + " side:"
                        + " a comparison shows both governments' accounts, so add one with 'side: " + side + "'"));
            }
        }
        return problems.size() > before ? null : List.copyOf(accounts);
    }

    private static Account account(String path, YamlValue.Mapping mapping, List<Problem> problems) {
        int before = problems.size();
        Map<String, Object> values = NamedFields.read(path, mapping, ACCOUNT_FIELDS, "an account", "an account's",
                problems);
        if (problems.size() > before) {
            return null;
        }
        return new Account((String) values.get("side"), (String) values.get("by"), (String) values.get("source"),
                (String) values.get("excerpt"), mapping.line());
    }
}
