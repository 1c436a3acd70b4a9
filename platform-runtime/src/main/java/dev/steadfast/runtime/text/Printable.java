package dev.steadfast.runtime.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that is shown or printed as one line: no control character (line break, tab, NUL...), no line or paragraph
 * separator, no half of a surrogate pair. PostgreSQL refuses a NUL outright and its driver stores a lone surrogate as
 * '?', where H2 keeps both; a line break in a name or a reason would forge lines in whatever prints it. A null is valid
 * (add {@code @NotNull} for a required value). A constraint rather than a {@code @Pattern}, whose negated class the
 * endpoint fuzz harness could not generate a valid value from.
 */
@Documented
@Constraint(validatedBy = PrintableValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Printable {

    String message() default "must not contain control characters or line breaks";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
