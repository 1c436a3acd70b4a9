package dev.steadfast.runtime.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Printable}: no code point of a control, surrogate, line separator or paragraph separator type. */
public class PrintableValidator implements ConstraintValidator<Printable, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.codePoints().map(Character::getType).noneMatch(t -> t == Character.CONTROL
                || t == Character.SURROGATE || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR);
    }
}
