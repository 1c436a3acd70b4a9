package dev.steadfast.runtime.json;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * The shape JSON-B gives a Java type by default, as far as a request body goes: a record's components and a bean's
 * properties with JSON-B's default visibility (public fields, public getters and setters; its superclasses'
 * included; renamed by {@link JsonbProperty} and left out by {@link JsonbTransient} on the field or an accessor;
 * static and transient fields never), the elements of arrays and collections, the values of maps, what an {@link Optional} holds. Public
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

    /**
     * A property of a record or bean as JSON-B reads it from a request body.
     *
     * @param name        its JSON name ({@link JsonbProperty} on the field, getter or setter, else the Java name)
     * @param type        the type it is read as: the setter's parameter, else the field's, else the getter's
     * @param annotations the annotations of its field, getter, setter and record component (Bean Validation's among
     *                    them), for who wants to know what values it takes
     */
    public record Property(String name, Type type, List<Annotation> annotations) {

        public Property {
            annotations = List.copyOf(annotations);
        }
    }

    /** @return the JSON names and types of the properties of a record or bean, in declaration order; none for JDK types */
    public static Map<String, Type> properties(Type type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        describe(type).forEach(p -> properties.put(p.name(), p.type()));
        return properties;
    }

    /**
     * The properties of a record or bean as JSON-B's default visibility finds them: a record's components; a bean's
     * public fields and the properties of its public getters and setters, its superclasses' included. A field that is
     * not public and has no public accessor is not a property, and neither is a static or transient field or one
     * marked {@link JsonbTransient} on the field or an accessor. Empty for JDK types.
     */
    public static List<Property> describe(Type type) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Class<?> top = raw(type);
        for (Class<?> c = top; c != null && !c.getName().startsWith("java."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !field.isSynthetic()) {
                    candidates.computeIfAbsent(field.getName(), n -> new Candidate()).field(field, c.isRecord());
                }
            }
        }
        if (!top.isRecord()) {
            for (Method method : top.getMethods()) {
                String name = accessorName(method);
                if (name != null && !method.getDeclaringClass().getName().startsWith("java.")) {
                    candidates.computeIfAbsent(name, n -> new Candidate()).accessor(method);
                }
            }
        }
        List<Property> properties = new ArrayList<>();
        candidates.forEach((name, candidate) -> {
            if (candidate.visible()) {
                properties.add(candidate.property(name));
            }
        });
        return properties;
    }

    /** "name" for a public, non-static {@code getName()}, {@code isName()} or {@code setName(x)}; null for any other method. */
    private static String accessorName(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.isBridge() || method.isSynthetic()) {
            return null;
        }
        String name = method.getName();
        String stem = null;
        if (name.startsWith("get") && method.getParameterCount() == 0 && method.getReturnType() != void.class) {
            stem = name.substring(3);
        } else if (name.startsWith("is") && method.getParameterCount() == 0
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            stem = name.substring(2);
        } else if (name.startsWith("set") && method.getParameterCount() == 1) {
            stem = name.substring(3);
        }
        if (stem == null || stem.isEmpty() || name.equals("getClass")) {
            return null;
        }
        return Character.toLowerCase(stem.charAt(0)) + stem.substring(1);
    }

    /** What one name is made of: a field, a getter, a setter, any of them missing. */
    private static final class Candidate {
        private Field field;
        private boolean component;
        private Method getter;
        private Method setter;

        void field(Field f, boolean recordComponent) {
            if (field == null) {
                field = f;
                component = recordComponent;
            }
        }

        void accessor(Method method) {
            if (method.getParameterCount() == 1) {
                setter = setter == null ? method : setter;
            } else {
                getter = getter == null ? method : getter;
            }
        }

        boolean visible() {
            boolean fieldVisible = field != null && (component || Modifier.isPublic(field.getModifiers()));
            if (!fieldVisible && getter == null && setter == null) {
                return false;
            }
            if (field != null && Modifier.isTransient(field.getModifiers())) {
                return false;
            }
            return elements().noneMatch(e -> e.isAnnotationPresent(JsonbTransient.class));
        }

        Property property(String javaName) {
            String name = elements().map(e -> e.getAnnotation(JsonbProperty.class)).filter(p -> p != null && !p.value().isEmpty())
                    .map(JsonbProperty::value).findFirst().orElse(javaName);
            Type type = setter != null ? setter.getGenericParameterTypes()[0]
                    : field != null ? field.getGenericType() : getter.getGenericReturnType();
            List<Annotation> annotations = new ArrayList<>();
            elements().forEach(e -> annotations.addAll(Arrays.asList(e.getAnnotations())));
            if (setter != null) {
                annotations.addAll(Arrays.asList(setter.getParameterAnnotations()[0]));
            }
            return new Property(name, type, annotations);
        }

        private Stream<AnnotatedElement> elements() {
            return Stream.of(field, getter, setter).filter(e -> e != null).map(e -> (AnnotatedElement) e);
        }
    }
}
