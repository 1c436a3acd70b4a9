package dev.steadfast.shop.giftnote;

import dev.steadfast.runtime.text.Printable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A gift note, as the shopper writes it and as the shop answers it. At most 200 characters as Java and H2 count
 * them (an emoji counts twice), so a note that passes fits the column on H2 and on PostgreSQL, which counts fewer.
 * It is printed on a card: one line of printable text.
 */
public record GiftNote(@NotBlank @Size(max = GiftNote.MAX_LENGTH) @Printable String note) {

    static final int MAX_LENGTH = 200;
}
