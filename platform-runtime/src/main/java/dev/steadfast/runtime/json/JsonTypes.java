package dev.steadfast.runtime.json;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * The shape JSON-B gives a Java type by default, as far as a request body goes: a record's or bean's fields (its
 * superclasses' included, renamed by {@link JsonbProperty}, without static, transient and {@link JsonbTransient}
 * ones), the elements of arrays and collections, the values of maps, what an {@link Optional} holds. Public
 * because steadfast-testing's fuzz harness builds its bodies from the same reading that {@link JsonNumberGuard}
 * checks them with. Custom naming strategies, adapters and serializers are not followed.
 */
public final class JsonTypes {

    private JsonTypes() {
    }

    /** @return the class of a type; {@code Object} for a type variable or a wildcard */
    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType generic) {
            return raw(generic.getRawType());
        }
        if (type instanceof GenericArrayType array) {
            return raw(array.getGenericComponentType()).arrayType();
        }
        return Object.class;
    }

    /** @return the element type of an array or a collection; null for any other type */
    public static Type element(Type type) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        Class<?> raw = raw(type);
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        return Collection.class.isAssignableFrom(raw) ? argument(type, 0) : null;
    }

    /** @return the type argument at {@code index}; {@code Object} when the type has none there */
    public static Type argument(Type type, int index) {
        return type instanceof ParameterizedType generic && generic.getActualTypeArguments().length > index
                ? generic.getActualTypeArguments()[index] : Object.class;
    }

    /** @return what an {@code Optional} holds; any other type as it is */
    public static Type withoutOptional(Type type) {
        return raw(type) == Optional.class ? argument(type, 0) : type;
    }

    /** @return the JSON names and types of the properties of a record or bean, in declaration order; none for JDK types */
    public static Map<String, Type> properties(Type type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        for (Class<?> c = raw(type); c != null && !c.getName().startsWith("java."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !field.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(name(field), field.getGenericType());
                }
            }
        }
        return properties;
    }

    private static String name(Field field) {
        JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
    }
}
