package dev.steadfast.testing.fuzz;

import static dev.steadfast.testing.fuzz.InputClass.MISSING;
import static dev.steadfast.testing.fuzz.InputClass.NEGATIVE;
import static dev.steadfast.testing.fuzz.InputClass.OVERFLOWING;
import static dev.steadfast.testing.fuzz.InputClass.UNICODE;
import static dev.steadfast.testing.fuzz.InputClass.WRONG_TYPE;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Path, query and header values: the plain one of a parameter's type and constraints, and the wrong ones, each
 * marked with whether the parameter must refuse it ({@link Constraints}). JAX-RS converts these from text itself,
 * so a value it cannot convert is its answer to check, not the application's; a path value it cannot convert is a
 * 404. A boolean converts from any text (to false), so text for one need not be refused.
 */
final class ValueInputs {

    /** Longer than any column a short text is kept in. */
    static final String LONG_TEXT = "a".repeat(10_000);

    private ValueInputs() {
    }

    /** @throws Uncoverable if the parameter's type is not a number, boolean, enum or text, or its constraints are not simple */
    static String plain(Parameter parameter) {
        JsonValue sample;
        try {
            sample = JsonSamples.sample(parameter.type(), parameter.annotations());
        } catch (Uncoverable e) {
            throw uncoverable(parameter, e);
        }
        return switch (sample.getValueType()) {
            case STRING -> ((JsonString) sample).getString();
            case NUMBER, TRUE, FALSE -> sample.toString();
            default -> throw uncoverable(parameter, null);
        };
    }

    static List<Variant> of(Parameter parameter) {
        Constraints constraints = parameter.constraints();
        Class<?> raw = constraints.raw();
        boolean path = parameter.source() == Parameter.Source.PATH;
        boolean bool = raw == boolean.class || raw == Boolean.class;
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.of(MISSING, "left out", null, path || constraints.required()));
        Samples.UNICODE.forEach(u -> variants.add(Variant.of(UNICODE, u.getKey(), u.getValue(), constraints.refuses(u.getValue()))));
        if (JsonSamples.NUMBERS.contains(raw)) {
            Samples.NEGATIVE.forEach(n -> variants.add(Variant.of(NEGATIVE, n.getKey(), n.getValue(), constraints.refusesNegative())));
            Samples.OVERFLOWING.forEach(n -> variants.add(Variant.of(OVERFLOWING, n.getKey(), n.getValue(),
                    constraints.refusesNumber(n.getValue()))));
            variants.add(Variant.of(WRONG_TYPE, "text for a number", JsonSamples.TEXT, true));
            variants.add(Variant.of(WRONG_TYPE, "a fraction", "1.5", constraints.refusesFractions()));
        } else if (constraints.isText()) {
            variants.add(Variant.of(OVERFLOWING, "10,000 characters", LONG_TEXT, constraints.refuses(LONG_TEXT)));
        } else {
            variants.add(Variant.of(WRONG_TYPE, "text for a " + raw.getSimpleName(), JsonSamples.TEXT, !bool));
            variants.add(Variant.of(WRONG_TYPE, "a number for a " + raw.getSimpleName(), "-1", !bool));
        }
        return variants;
    }

    private static Uncoverable uncoverable(Parameter parameter, Uncoverable cause) {
        return new Uncoverable("no value generator for the " + parameter.source().name().toLowerCase() + " parameter "
                + parameter.name() + " of type " + parameter.type().getTypeName()
                + (cause == null ? "" : " (" + cause.getMessage() + ")"));
    }
}
