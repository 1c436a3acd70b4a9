package dev.steadfast.testing.fuzz;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import dev.steadfast.runtime.json.JsonTypes;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What the Bean Validation annotations of one place of a request (a parameter, a body property) say about its
 * values: which valid value the plain request gives it ({@link #plainText}, {@link #plainNumber}), and which of
 * the wrong inputs it must refuse (left out when required, negative when it takes none, past its bounds, text its
 * {@code @Pattern} or {@code @Size} does not take). Only constraints of {@code jakarta.validation.constraints} are
 * read; a custom constraint is not known, so the inputs it refuses are not required to be refused.
 */
final class Constraints {

    static final Set<Class<?>> TEXT_TYPES = Set.of(String.class, CharSequence.class);
    static final Set<Class<?>> WHOLE = Set.of(byte.class, short.class, int.class, long.class, Byte.class, Short.class,
            Integer.class, Long.class, java.math.BigInteger.class);
    /** The smallest and largest value of each bounded number type (a float or double past them is infinite). */
    private static final Map<Class<?>, BigDecimal[]> RANGES = Map.ofEntries(range(byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE),
            range(Byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE), range(short.class, Short.MIN_VALUE, Short.MAX_VALUE),
            range(Short.class, Short.MIN_VALUE, Short.MAX_VALUE), range(int.class, Integer.MIN_VALUE, Integer.MAX_VALUE),
            range(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE), range(long.class, Long.MIN_VALUE, Long.MAX_VALUE),
            range(Long.class, Long.MIN_VALUE, Long.MAX_VALUE), range(float.class, -Float.MAX_VALUE, Float.MAX_VALUE),
            range(Float.class, -Float.MAX_VALUE, Float.MAX_VALUE), range(double.class, -Double.MAX_VALUE, Double.MAX_VALUE),
            range(Double.class, -Double.MAX_VALUE, Double.MAX_VALUE));

    private final Class<?> raw;
    private final List<Annotation> annotations;

    private Constraints(Class<?> raw, List<Annotation> annotations) {
        this.raw = raw;
        this.annotations = List.copyOf(annotations);
    }

    private static Map.Entry<Class<?>, BigDecimal[]> range(Class<?> type, long min, long max) {
        return Map.entry(type, new BigDecimal[] {BigDecimal.valueOf(min), BigDecimal.valueOf(max)});
    }

    private static Map.Entry<Class<?>, BigDecimal[]> range(Class<?> type, double min, double max) {
        return Map.entry(type, new BigDecimal[] {new BigDecimal(min), new BigDecimal(max)});
    }

    static Constraints of(Type type, List<Annotation> annotations) {
        return new Constraints(JsonTypes.raw(JsonTypes.withoutOptional(type)), annotations);
    }

    static Constraints none(Type type) {
        return of(type, List.of());
    }

    Class<?> raw() {
        return raw;
    }

    boolean isText() {
        return TEXT_TYPES.contains(raw);
    }

    boolean required() {
        return has(NotNull.class) || has(NotBlank.class) || has(NotEmpty.class);
    }

    /** Whether -1 is outside what it takes. */
    boolean refusesNegative() {
        return has(Positive.class) || has(PositiveOrZero.class)
                || get(Min.class).map(m -> m.value() >= 0).orElse(false)
                || get(DecimalMin.class).map(m -> new BigDecimal(m.value()).signum() >= 0).orElse(false);
    }

    /**
     * Whether an overflowing number ({@link Samples#OVERFLOWING}) is outside what it takes: past the range of its Java
     * type (int max + 1 is past an int, not a long; 1e400 is past a double), beyond its maximum or minimum, of a sign
     * it must not have, or with more integer digits than {@code @Digits} allows.
     */
    boolean refusesNumber(String number) {
        BigDecimal value = new BigDecimal(number);
        Optional<BigDecimal[]> range = Optional.ofNullable(RANGES.get(raw));
        return range.map(r -> value.compareTo(r[0]) < 0 || value.compareTo(r[1]) > 0).orElse(false)
                || get(Max.class).map(m -> value.compareTo(BigDecimal.valueOf(m.value())) > 0).orElse(false)
                || get(DecimalMax.class).map(m -> value.compareTo(new BigDecimal(m.value())) > 0).orElse(false)
                || get(Digits.class).map(d -> value.toBigInteger().abs().toString().length() > d.integer()).orElse(false)
                || get(Min.class).map(m -> value.compareTo(BigDecimal.valueOf(m.value())) < 0).orElse(false)
                || get(DecimalMin.class).map(m -> value.compareTo(new BigDecimal(m.value())) < 0).orElse(false)
                || ((has(Negative.class) || has(NegativeOrZero.class)) && value.signum() > 0)
                || ((has(Positive.class) || has(PositiveOrZero.class)) && value.signum() < 0);
    }

    /** Whether 1.5 is outside what it takes: a whole-number type, or no fraction digits allowed. */
    boolean refusesFractions() {
        return WHOLE.contains(raw) || get(Digits.class).map(d -> d.fraction() == 0).orElse(false);
    }

    boolean refusesEmptyCollections() {
        return has(NotEmpty.class) || get(Size.class).map(s -> s.min() > 0).orElse(false);
    }

    /**
     * Whether a text value is one it must refuse: one its type cannot be converted from (any text but the plain
     * one, for a number, enum, UUID or date), or one its {@code @Pattern}, {@code @Size}, {@code @NotBlank} refuse.
     */
    boolean refuses(String text) {
        if (!isText()) {
            return raw != boolean.class && raw != Boolean.class;
        }
        if (get(Size.class).map(s -> text.length() < s.min() || text.length() > s.max()).orElse(false)) {
            return true;
        }
        if (has(NotBlank.class) && text.isBlank()) {
            return true;
        }
        return get(Pattern.class).map(p -> !compile(p).matcher(text).matches()).orElse(false);
    }

    /** A text it takes: "fuzz" unless its {@code @Pattern}, {@code @Size} or {@code @Email} say otherwise. */
    String plainText() {
        int min = get(Size.class).map(Size::min).orElse(0);
        int max = get(Size.class).map(Size::max).orElse(Integer.MAX_VALUE);
        Optional<Pattern> pattern = get(Pattern.class);
        String text;
        if (pattern.isPresent()) {
            text = PatternValues.generate(pattern.get().regexp(), min, max);
        } else if (has(Email.class)) {
            text = "fuzz@example.com";
        } else {
            text = JsonSamples.TEXT.repeat(Math.max(1, (min + JsonSamples.TEXT.length() - 1) / JsonSamples.TEXT.length()));
        }
        if (text.length() > max) {
            text = text.substring(0, Math.max(min, max));
        }
        if (refuses(text)) {
            throw new Uncoverable("no value generator for the constraints " + annotations);
        }
        return text;
    }

    /** A number it takes: 1, or the nearest to 1 within its minimum and maximum. */
    BigDecimal plainNumber() {
        BigDecimal value = BigDecimal.ONE;
        BigDecimal low = null;
        BigDecimal high = null;
        if (has(PositiveOrZero.class)) {
            low = BigDecimal.ZERO;
        }
        if (has(Negative.class)) {
            high = BigDecimal.ONE.negate();
        }
        if (has(NegativeOrZero.class)) {
            high = BigDecimal.ZERO;
        }
        Optional<Min> min = get(Min.class);
        if (min.isPresent()) {
            low = BigDecimal.valueOf(min.get().value());
        }
        Optional<DecimalMin> decimalMin = get(DecimalMin.class);
        if (decimalMin.isPresent()) {
            low = new BigDecimal(decimalMin.get().value()).add(decimalMin.get().inclusive() ? BigDecimal.ZERO : BigDecimal.ONE);
        }
        Optional<Max> max = get(Max.class);
        if (max.isPresent()) {
            high = BigDecimal.valueOf(max.get().value());
        }
        Optional<DecimalMax> decimalMax = get(DecimalMax.class);
        if (decimalMax.isPresent()) {
            high = new BigDecimal(decimalMax.get().value()).subtract(decimalMax.get().inclusive() ? BigDecimal.ZERO : BigDecimal.ONE);
        }
        if (low != null && value.compareTo(low) < 0) {
            value = low;
        }
        if (high != null && value.compareTo(high) > 0) {
            value = high;
        }
        return value.setScale(0, java.math.RoundingMode.CEILING);
    }

    private static java.util.regex.Pattern compile(Pattern pattern) {
        try {
            return java.util.regex.Pattern.compile(pattern.regexp());
        } catch (PatternSyntaxException e) {
            throw new Uncoverable("the @Pattern " + pattern.regexp() + " is not a regular expression");
        }
    }

    private boolean has(Class<? extends Annotation> type) {
        return get(type).isPresent();
    }

    private <A extends Annotation> Optional<A> get(Class<A> type) {
        return annotations.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
