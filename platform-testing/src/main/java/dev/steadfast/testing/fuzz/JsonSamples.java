package dev.steadfast.testing.fuzz;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.steadfast.runtime.json.JsonTypes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The plain JSON value a body of some Java type would be: every field present, numbers 1 and strings "fuzz" unless
 * their Bean Validation constraints take other values (then one they take, {@link Constraints}), the first
 * constant of an enum, one element in a collection. The wrong bodies are made from it one change at a time, so that
 * each of them is wrong in one place only and reaches as far into the application as that place allows. Fields are
 * found and named as JSON-B finds and names them by default ({@link JsonTypes}, which the runtime's number guard
 * reads bodies with too).
 */
final class JsonSamples {

    static final String TEXT = "fuzz";
    static final Set<Class<?>> NUMBERS = Set.of(byte.class, short.class, int.class, long.class, float.class,
            double.class, Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class,
            BigDecimal.class, BigInteger.class);
    /** Types JSON-B reads from a JSON string, with a value of each. */
    private static final Map<Class<?>, String> TEXTS = Map.ofEntries(Map.entry(String.class, TEXT),
            Map.entry(CharSequence.class, TEXT), Map.entry(char.class, "f"), Map.entry(Character.class, "f"),
            Map.entry(UUID.class, "00000000-0000-4000-8000-000000000000"), Map.entry(Instant.class, "2024-01-01T00:00:00Z"),
            Map.entry(OffsetDateTime.class, "2024-01-01T00:00:00Z"), Map.entry(ZonedDateTime.class, "2024-01-01T00:00:00Z"),
            Map.entry(LocalDate.class, "2024-01-01"), Map.entry(LocalDateTime.class, "2024-01-01T00:00:00"),
            Map.entry(LocalTime.class, "00:00:00"), Map.entry(Duration.class, "PT1S"));

    private JsonSamples() {
    }

    /** @throws Uncoverable if the type is one the harness cannot make a value of (an interface, Object, ...) */
    static JsonValue sample(Type type) {
        return sample(type, List.of());
    }

    /** The plain value of a place with these (Bean Validation) annotations: one they take ({@link Constraints}). */
    static JsonValue sample(Type type, List<Annotation> annotations) {
        return sample(type, annotations, new ArrayDeque<>());
    }

    private static JsonValue sample(Type type, Deque<Type> enclosing) {
        return sample(type, List.of(), enclosing);
    }

    private static JsonValue sample(Type type, List<Annotation> annotations, Deque<Type> enclosing) {
        Class<?> raw = JsonTypes.raw(type);
        Constraints constraints = Constraints.of(type, annotations);
        if (NUMBERS.contains(raw)) {
            return Json.createValue(constraints.plainNumber());
        }
        if (constraints.isText()) {
            return Json.createValue(constraints.plainText());
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JsonValue.TRUE;
        }
        if (TEXTS.containsKey(raw)) {
            return Json.createValue(TEXTS.get(raw));
        }
        if (raw.isEnum()) {
            return enumSample(raw);
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return raw == JsonArray.class ? Json.createArrayBuilder().add(1).build()
                    : Json.createObjectBuilder().add(TEXT, 1).build();
        }
        if (raw == Optional.class) {
            return sample(JsonTypes.withoutOptional(type), annotations, enclosing);
        }
        Type element = JsonTypes.element(type);
        if (element != null) {
            return Json.createArrayBuilder().add(sample(element, enclosing)).build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder().add(TEXT, sample(JsonTypes.argument(type, 1), enclosing)).build();
        }
        return objectSample(type, raw, enclosing);
    }

    private static JsonValue enumSample(Class<?> raw) {
        Object[] constants = raw.getEnumConstants();
        if (constants.length == 0) {
            throw new Uncoverable("the enum " + raw.getName() + " has no constants");
        }
        return Json.createValue(((Enum<?>) constants[0]).name());
    }

    /** A record or a bean: its fields, its superclasses' included; a type that contains itself ends in null. */
    private static JsonValue objectSample(Type type, Class<?> raw, Deque<Type> enclosing) {
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()) || raw.getName().startsWith("java.")) {
            throw new Uncoverable("no JSON generator for " + type.getTypeName());
        }
        if (enclosing.contains(type)) {
            return JsonValue.NULL;
        }
        enclosing.push(type);
        JsonObjectBuilder object = Json.createObjectBuilder();
        JsonTypes.describe(type).forEach(p -> object.add(p.name(), sample(p.type(), p.annotations(), enclosing)));
        enclosing.pop();
        JsonObject sample = object.build();
        if (sample.isEmpty()) {
            throw new Uncoverable("no JSON fields in " + type.getTypeName());
        }
        return sample;
    }
}
