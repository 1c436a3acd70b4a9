package dev.steadfast.runtime.json;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.steadfast.runtime.problem.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Whether each number of a JSON value fits the Java type it is bound to: integral types take whole numbers within
 * their range, {@code float} and {@code double} finite ones. Text and boolean fields take only JSON strings and
 * booleans: JSON-B (Yasson) would otherwise take {@code 1} for the text "1" and {@code "yes"} or {@code 1} for
 * false. Properties are found as JSON-B finds them by default ({@link JsonTypes}); members it does not know and
 * other types are left to the JSON provider and to validation. At most {@link #MAX_VIOLATIONS} are reported, and a
 * map key the client chose is shortened in the path that names it, so that a body cannot make the answer long.
 * Pure Java, so it is tested without a server.
 */
final class NumberFit {

    private static final Map<Class<?>, long[]> WHOLE = Map.of(
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE}, Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE}, Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    private static final Set<Class<?>> FLOATING = Set.of(float.class, Float.class, double.class, Double.class);
    private static final Set<Class<?>> TEXT = Set.of(String.class, CharSequence.class, char.class, Character.class);
    private static final Set<Class<?>> BOOLEAN = Set.of(boolean.class, Boolean.class);
    /** The most violations one body is answered with: the first ones, in body order. */
    static final int MAX_VIOLATIONS = 20;
    /** The most characters of a client's map key a path repeats; the whole path is cut at {@link #MAX_PATH}. */
    static final int MAX_KEY = 32;
    static final int MAX_PATH = 200;

    private NumberFit() {
    }

    /** Whether a body of this type can hold a number, text or boolean that might not fit: if not, there is nothing to check. */
    static boolean bindsBoundedNumbers(Type type) {
        if (TEXT.contains(JsonTypes.raw(type))) {
            return false; // a String body is the raw text, read by JAX-RS's own provider, not JSON-B
        }
        return bindsBoundedNumbers(type, new HashSet<>());
    }

    /** @return one violation per number of {@code value} that its field's type cannot hold, in body order */
    static List<Violation> check(JsonValue value, Type type) {
        List<Violation> violations = new ArrayList<>();
        check(value, type, "", violations);
        return violations;
    }

    private static void check(JsonValue value, Type declared, String path, List<Violation> violations) {
        if (violations.size() >= MAX_VIOLATIONS) {
            return;
        }
        Type type = JsonTypes.withoutOptional(declared);
        Class<?> raw = JsonTypes.raw(type);
        if (value.getValueType() != JsonValue.ValueType.NULL && TEXT.contains(raw)) {
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                violations.add(new Violation(path, "must be text"));
            }
        } else if (value.getValueType() != JsonValue.ValueType.NULL && BOOLEAN.contains(raw)) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                violations.add(new Violation(path, "must be true or false"));
            }
        } else if (value instanceof JsonNumber number) {
            String wrong = misfit(number.bigDecimalValue(), raw);
            if (wrong != null) {
                violations.add(new Violation(path, wrong));
            }
        } else if (value instanceof JsonArray array) {
            Type element = JsonTypes.element(type);
            for (int i = 0; element != null && i < array.size() && violations.size() < MAX_VIOLATIONS; i++) {
                check(array.get(i), element, path + "[" + i + "]", violations);
            }
        } else if (value instanceof JsonObject object) {
            if (Map.class.isAssignableFrom(raw)) {
                object.forEach((key, member) -> check(member, JsonTypes.argument(type, 1), child(path, shortened(key)), violations));
            } else {
                JsonTypes.properties(type).forEach((name, propertyType) -> {
                    if (object.containsKey(name)) {
                        check(object.get(name), propertyType, child(path, name), violations);
                    }
                });
            }
        }
    }

    private static String misfit(BigDecimal number, Class<?> raw) {
        long[] range = WHOLE.get(raw);
        if (range != null) {
            boolean inRange = number.compareTo(BigDecimal.valueOf(range[0])) >= 0 && number.compareTo(BigDecimal.valueOf(range[1])) <= 0;
            boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
            return inRange && whole ? null : "must be a whole number from " + range[0] + " to " + range[1];
        }
        if (FLOATING.contains(raw)) {
            boolean finite = raw == float.class || raw == Float.class
                    ? Float.isFinite(number.floatValue()) : Double.isFinite(number.doubleValue());
            return finite ? null : "is too large";
        }
        return null;
    }

    private static boolean bindsBoundedNumbers(Type declared, Set<Type> seen) {
        Type type = JsonTypes.withoutOptional(declared);
        Class<?> raw = JsonTypes.raw(type);
        if (WHOLE.containsKey(raw) || FLOATING.contains(raw) || TEXT.contains(raw) || BOOLEAN.contains(raw)) {
            return true;
        }
        if (!seen.add(type) || raw.isPrimitive() || raw.isEnum() || raw.getName().startsWith("java.lang.")
                || raw.getName().startsWith("jakarta.json.")) {
            return false;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return bindsBoundedNumbers(JsonTypes.argument(type, 1), seen);
        }
        Type element = JsonTypes.element(type);
        if (element != null) {
            return bindsBoundedNumbers(element, seen);
        }
        return JsonTypes.properties(type).values().stream().anyMatch(t -> bindsBoundedNumbers(t, seen));
    }

    private static String child(String path, String name) {
        String child = path.isEmpty() ? name : path + "." + name;
        return child.length() <= MAX_PATH ? child : child.substring(0, MAX_PATH) + "...";
    }

    /** A client's map key as a path names it: at most {@link #MAX_KEY} characters, no control characters. */
    private static String shortened(String key) {
        String cut = key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY) + "...";
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
