package dev.steadfast.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One line of printable text, any script or emoji; nothing that breaks a line, controls a terminal or is half a character. */
class PrintableValidatorTest {

    private final PrintableValidator validator = new PrintableValidator();

    @Test
    void textInAnyScriptWithEmojiIsPrintable() {
        for (String text : List.of("", "Für Ada, מזל טוב, 🎂", "O'Brien-Smith (née Łukasiewicz)", "心房細動")) {
            assertThat(validator.isValid(text, null)).as(text).isTrue();
        }
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void lineBreaksTabsNulSeparatorsAndLoneSurrogatesAreNot() {
        for (String text : List.of("two\nlines", "cr\rlf", "tab\there", "nul\u0000byte", "escape\u001b[31m", "line\u2028separator",
                "paragraph\u2029separator", "half \ud83c", "del\u007f")) {
            assertThat(validator.isValid(text, null)).as(text).isFalse();
        }
    }
}
