package dossier.validation;

import dossier.content.ContentType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one front-matter field must look like.
 *
 * @param name the field's name
 * @param shape what kind of value it holds
 * @param required whether every document of the type must have it
 * @param allowed the permitted values, for {@link Shape#CHOICE}
 * @param refersTo the types of document an id may name, for {@link Shape#ID} and {@link Shape#IDS}
 *                 (empty: a document of any type)
 * @param noun what one value is called in messages ("speaker", "topic")
 * @param example a value to show in "add ..." hints
 */
public record FieldSpec(String name, Shape shape, boolean required, List<String> allowed,
                        Set<ContentType> refersTo, String noun, String example) {

    public enum Shape {
        /** Non-empty text. */
        TEXT,
        /** An absolute http(s) address of a page on the web. */
        ADDRESS,
        /** A list of non-empty texts. */
        TEXTS,
        /** A date that exists, written YYYY-MM-DD. */
        DATE,
        /** One of {@link FieldSpec#allowed()}. */
        CHOICE,
        /** A whole number from 1 up. */
        NUMBER,
        /** The id of another document. */
        ID,
        /** A list of ids of other documents. */
        IDS,
        /** Lists of actor ids per side: {@code us:} and {@code china:}. */
        SIDES,
        /** A measure's dated steps, each a set of named fields (dossier.content.MeasureStep). */
        HISTORY,
        /** A readout comparison's excerpts, each a set of named fields (dossier.content.Account). */
        ACCOUNTS
    }

    static FieldSpec text(String name, boolean required, String example) {
        return new FieldSpec(name, Shape.TEXT, required, List.of(), Set.of(), name, example);
    }

    static FieldSpec address(String name, boolean required) {
        return new FieldSpec(name, Shape.ADDRESS, required, List.of(), Set.of(), name,
                "https://www.whitehouse.gov/presidential-actions/...");
    }

    static FieldSpec texts(String name, boolean required, String example) {
        return new FieldSpec(name, Shape.TEXTS, required, List.of(), Set.of(), name, example);
    }

    static FieldSpec date(String name, boolean required) {
        return new FieldSpec(name, Shape.DATE, required, List.of(), Set.of(), name, "2025-05-10");
    }

    static FieldSpec choice(String name, boolean required, String... allowed) {
        return new FieldSpec(name, Shape.CHOICE, required, List.of(allowed), Set.of(), name, allowed[0]);
    }

    static FieldSpec number(String name, boolean required) {
        return new FieldSpec(name, Shape.NUMBER, required, List.of(), Set.of(), name, "1");
    }

    static FieldSpec id(String name, boolean required, ContentType refersTo, String noun, String example) {
        return id(name, required, EnumSet.of(refersTo), noun, example);
    }

    /** An id that may name a document of any of these types (none: of any type). */
    static FieldSpec id(String name, boolean required, Set<ContentType> refersTo, String noun, String example) {
        return new FieldSpec(name, Shape.ID, required, List.of(), ordered(refersTo), noun, example);
    }

    static FieldSpec ids(String name, boolean required, ContentType refersTo, String noun, String example) {
        return ids(name, required, EnumSet.of(refersTo), noun, example);
    }

    static FieldSpec ids(String name, boolean required, Set<ContentType> refersTo, String noun, String example) {
        return new FieldSpec(name, Shape.IDS, required, List.of(), ordered(refersTo), noun, example);
    }

    static FieldSpec history(String name, boolean required) {
        return new FieldSpec(name, Shape.HISTORY, required, List.of(), Set.of(), "step",
                "[{date: 2025-04-04, status: in-force, source: mofcom-announcement-18, evidence: \"...\"}]");
    }

    static FieldSpec accounts(String name, boolean required) {
        return new FieldSpec(name, Shape.ACCOUNTS, required, List.of(), Set.of(), "account",
                "[{side: us, by: \"...\", source: ap-2025-06-05, excerpt: \"...\"}]");
    }

    /** The types in their declaration order (messages list them so: "a round or an event"), unmodifiable. */
    private static Set<ContentType> ordered(Set<ContentType> types) {
        return types.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(types));
    }

    static FieldSpec sides(String name, boolean required) {
        return new FieldSpec(name, Shape.SIDES, required, List.of(Schema.SIDES_OF_THE_TALKS.toArray(new String[0])),
                EnumSet.of(ContentType.ACTOR), "actor", "{us: [bessent], china: [he-lifeng]}");
    }
}
