package dev.steadfast.shop.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create or revise a note; invalid fields are answered 400 with each field named. */
public record NoteDraft(
        @NotBlank @Size(max = TITLE_MAX) String title,
        @Size(max = BODY_MAX) String body) {

    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 4000;
}
