package dev.steadfast.shop.giftnote;

import java.util.List;

import dev.steadfast.runtime.problem.BadRequestProblem;
import dev.steadfast.runtime.problem.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A gift note, as the shopper writes it and as the shop answers it. At most 200 characters as Java and H2 count
 * them (an emoji counts twice), so a note that passes fits the column on H2 and on PostgreSQL, which counts fewer.
 */
public record GiftNote(@NotBlank @Size(max = GiftNote.MAX_LENGTH) String note) {

    static final int MAX_LENGTH = 200;

    /**
     * The note, once it is known to hold no control character, line or paragraph separator, nor half of a surrogate
     * pair: it is printed on a card, where a line break, a tab or a NUL is no text (and PostgreSQL refuses a NUL
     * outright), and a lone surrogate is stored as '?' by PostgreSQL's driver but kept by H2. Checked here rather
     * than by a {@code @Pattern}, whose negated class the endpoint fuzz harness could not generate a valid note from.
     */
    String printable() {
        if (note.codePoints().map(Character::getType).anyMatch(t -> t == Character.CONTROL || t == Character.SURROGATE
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR)) {
            throw new BadRequestProblem("A gift note is printed on a card: it may hold no line break, tab or other control character.",
                    List.of(new Violation("note", "must not contain control characters")));
        }
        return note;
    }
}
