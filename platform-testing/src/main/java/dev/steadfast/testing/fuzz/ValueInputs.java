package dev.steadfast.testing.fuzz;

import static dev.steadfast.testing.fuzz.InputClass.MISSING;
import static dev.steadfast.testing.fuzz.InputClass.NEGATIVE;
import static dev.steadfast.testing.fuzz.InputClass.OVERFLOWING;
import static dev.steadfast.testing.fuzz.InputClass.UNICODE;
import static dev.steadfast.testing.fuzz.InputClass.WRONG_TYPE;

import java.util.ArrayList;
import java.util.List;

import dev.steadfast.runtime.json.JsonTypes;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Path, query and header values: the plain one of a parameter's type, and the wrong ones. JAX-RS converts these
 * from text itself, so a value it cannot convert is its answer to check, not the application's.
 */
final class ValueInputs {

    /** Longer than any column a short text is kept in. */
    static final String LONG_TEXT = "a".repeat(10_000);

    private ValueInputs() {
    }

    /** @throws Uncoverable if the parameter's type is not a number, boolean, enum or text */
    static String plain(Parameter parameter) {
        JsonValue sample;
        try {
            sample = JsonSamples.sample(parameter.type());
        } catch (Uncoverable e) {
            throw uncoverable(parameter);
        }
        return switch (sample.getValueType()) {
            case STRING -> ((JsonString) sample).getString();
            case NUMBER, TRUE, FALSE -> sample.toString();
            default -> throw uncoverable(parameter);
        };
    }

    static List<Variant> of(Parameter parameter) {
        Class<?> raw = JsonTypes.raw(parameter.type());
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.of(MISSING, "left out", null));
        Samples.UNICODE.forEach(u -> variants.add(Variant.of(UNICODE, u.getKey(), u.getValue())));
        if (JsonSamples.NUMBERS.contains(raw)) {
            Samples.NEGATIVE.forEach(n -> variants.add(Variant.of(NEGATIVE, n.getKey(), n.getValue())));
            Samples.OVERFLOWING.forEach(n -> variants.add(Variant.of(OVERFLOWING, n.getKey(), n.getValue())));
            variants.add(Variant.of(WRONG_TYPE, "text for a number", JsonSamples.TEXT));
            variants.add(Variant.of(WRONG_TYPE, "a fraction", "1.5"));
        } else if (plain(parameter).equals(JsonSamples.TEXT)) {
            variants.add(Variant.of(OVERFLOWING, "10,000 characters", LONG_TEXT));
        } else {
            variants.add(Variant.of(WRONG_TYPE, "text for a " + raw.getSimpleName(), JsonSamples.TEXT));
            variants.add(Variant.of(WRONG_TYPE, "a number for a " + raw.getSimpleName(), "-1"));
        }
        return variants;
    }

    private static Uncoverable uncoverable(Parameter parameter) {
        return new Uncoverable("no value generator for the " + parameter.source().name().toLowerCase() + " parameter "
                + parameter.name() + " of type " + parameter.type().getTypeName());
    }
}
