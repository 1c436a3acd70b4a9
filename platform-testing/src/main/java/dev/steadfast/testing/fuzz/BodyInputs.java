package dev.steadfast.testing.fuzz;

import static dev.steadfast.testing.fuzz.InputClass.MALFORMED;
import static dev.steadfast.testing.fuzz.InputClass.MISSING;
import static dev.steadfast.testing.fuzz.InputClass.NEGATIVE;
import static dev.steadfast.testing.fuzz.InputClass.OVERFLOWING;
import static dev.steadfast.testing.fuzz.InputClass.UNICODE;
import static dev.steadfast.testing.fuzz.InputClass.WRONG_TYPE;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.steadfast.runtime.json.JsonTypes;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The wrong JSON bodies for a method, made from its plain body ({@link JsonSamples}): not JSON at all, left out,
 * and then, at every place of the body in turn, each wrong value that place can take, the rest left plain. Each is
 * marked with whether the method must refuse it: by the Java type of the place (a wrong JSON type, a number it
 * cannot hold) or by its Bean Validation constraints ({@link Constraints}: required, not negative, bounded,
 * patterned).
 */
final class BodyInputs {

    private static final JsonValue TEXT = Json.createValue(JsonSamples.TEXT);
    private static final JsonValue ONE = Json.createValue(1);

    private BodyInputs() {
    }

    /** @param type the Java type the body is read as, whose properties' constraints say what each place takes */
    static List<Variant> of(JsonValue plain, Type type) {
        List<Variant> variants = new ArrayList<>();
        Samples.MALFORMED.forEach(text -> variants.add(Variant.of(MALFORMED, "not JSON: " + text.replace("\u0000", "NUL"), text, true)));
        variants.add(new Variant(MALFORMED, "not UTF-8", Samples.NOT_UTF8, Variant.Expect.REFUSED));
        variants.add(Variant.of(MISSING, "empty body", "", true));
        variants.add(Variant.of(MISSING, "null body", "null", true));
        new Places(plain, variants).visit(plain, new ArrayList<>(), Constraints.none(type), type);
        return variants;
    }

    /** Walks the plain body and adds, for each place, the body with that place changed. */
    private record Places(JsonValue plain, List<Variant> variants) {

        void visit(JsonValue value, List<Object> path, Constraints constraints, Type type) {
            switch (value.getValueType()) {
                case NUMBER -> {
                    Samples.NEGATIVE.forEach(n -> add(path, NEGATIVE, n.getKey(), number(n.getValue()), constraints.refusesNegative()));
                    Samples.OVERFLOWING.forEach(n -> add(path, OVERFLOWING, n.getKey(), number(n.getValue()),
                            constraints.refusesNumber(n.getValue())));
                    add(path, WRONG_TYPE, "a fraction", number("1.5"), constraints.refusesFractions());
                    wrongTypes(path, TEXT, JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_ARRAY);
                }
                case STRING -> {
                    Samples.UNICODE.forEach(u -> add(path, UNICODE, u.getKey(), Json.createValue(u.getValue()),
                            constraints.refuses(u.getValue())));
                    add(path, OVERFLOWING, "10,000 characters", Json.createValue(ValueInputs.LONG_TEXT),
                            constraints.refuses(ValueInputs.LONG_TEXT));
                    wrongTypes(path, ONE, JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_ARRAY);
                }
                case TRUE, FALSE -> wrongTypes(path, TEXT, ONE);
                case ARRAY -> {
                    add(path, MISSING, "empty array", JsonValue.EMPTY_JSON_ARRAY, constraints.refusesEmptyCollections());
                    wrongTypes(path, JsonValue.EMPTY_JSON_OBJECT, TEXT);
                    JsonArray array = value.asJsonArray();
                    Type element = JsonTypes.element(JsonTypes.withoutOptional(type));
                    for (int i = 0; i < array.size(); i++) {
                        visit(array.get(i), with(path, i), Constraints.none(element), element);
                    }
                }
                case OBJECT -> {
                    wrongTypes(path, JsonValue.EMPTY_JSON_ARRAY, TEXT, ONE);
                    Type inner = JsonTypes.withoutOptional(type);
                    Map<String, JsonTypes.Property> properties = new HashMap<>();
                    JsonTypes.describe(inner).forEach(p -> properties.put(p.name(), p));
                    value.asJsonObject().forEach((name, member) -> {
                        JsonTypes.Property property = properties.get(name);
                        Type memberType = property != null ? property.type()
                                : Map.class.isAssignableFrom(JsonTypes.raw(inner)) ? JsonTypes.argument(inner, 1) : Object.class;
                        Constraints memberConstraints = Constraints.of(memberType, property == null ? List.of() : property.annotations());
                        add(with(path, name), MISSING, "left out", null, memberConstraints.required());
                        add(with(path, name), MISSING, "null", JsonValue.NULL, memberConstraints.required());
                        visit(member, with(path, name), memberConstraints, memberType);
                    });
                }
                case NULL -> { }
            }
        }

        private void wrongTypes(List<Object> path, JsonValue... others) {
            for (JsonValue other : others) {
                add(path, WRONG_TYPE, other.getValueType().name().toLowerCase() + " " + other, other, true);
            }
        }

        /** The plain body with the value at {@code path} replaced, or removed when {@code replacement} is null. */
        private void add(List<Object> path, InputClass kind, String what, JsonValue replacement, boolean refused) {
            String where = path.isEmpty() ? "body" : "body" + path.stream()
                    .map(p -> p instanceof Integer i ? "[" + i + "]" : "." + p).reduce("", String::concat);
            variants.add(Variant.of(kind, where + ": " + what, String.valueOf(replaced(plain, path, 0, replacement)), refused));
        }

        private static JsonValue replaced(JsonValue value, List<Object> path, int depth, JsonValue replacement) {
            if (depth == path.size()) {
                return replacement;
            }
            Object step = path.get(depth);
            if (value instanceof JsonObject object) {
                String name = (String) step;
                JsonValue inner = replaced(object.get(name), path, depth + 1, replacement);
                return inner == null ? Json.createObjectBuilder(object).remove(name).build()
                        : Json.createObjectBuilder(object).add(name, inner).build();
            }
            int index = (Integer) step;
            JsonValue inner = replaced(value.asJsonArray().get(index), path, depth + 1, replacement);
            return inner == null ? Json.createArrayBuilder(value.asJsonArray()).remove(index).build()
                    : Json.createArrayBuilder(value.asJsonArray()).set(index, inner).build();
        }

        private static JsonValue number(String text) {
            return Json.createValue(new BigDecimal(text));
        }

        private static List<Object> with(List<Object> path, Object step) {
            List<Object> longer = new ArrayList<>(path);
            longer.add(step);
            return longer;
        }
    }
}
