package dev.steadfast.testing.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/** The wrong values the harness sends, shared by path, query and header values and JSON bodies. */
final class Samples {

    /** Negative numbers, by what they are. */
    static final List<Entry<String, String>> NEGATIVE = List.of(Map.entry("-1", "-1"),
            Map.entry("the smallest long", "-9223372036854775808"));

    /** Numbers past int, past long either way, and past any double either way. */
    static final List<Entry<String, String>> OVERFLOWING = List.of(
            Map.entry("int max + 1", "2147483648"),
            Map.entry("long max + 1", "9223372036854775808"),
            Map.entry("long min - 1", "-9223372036854775809"),
            Map.entry("1e400", "1e400"),
            Map.entry("-1e400", "-1e400"));

    /** Text no form field would send: beyond the Basic Multilingual Plane, right-to-left, NUL, combining, emoji. */
    static final List<Entry<String, String>> UNICODE = List.of(
            Map.entry("surrogate pair", "\uD834\uDD1E clef \uD83D\uDE00"),
            Map.entry("right-to-left", "\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627"),
            Map.entry("NUL", "nul\u0000byte"),
            Map.entry("combining marks", "e\u0301\u0308\u0338 Z\u0351\u0352\u0353\u0354"),
            Map.entry("emoji sequence", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDFA\uD83C\uDDF3"),
            Map.entry("zero-width and byte order mark", "\uFEFF\u200B\u200D"));

    /** Bodies that are not JSON at all. */
    static final List<String> MALFORMED = List.of("{", "{\"" + JsonSamples.TEXT + "\":}", "nul", "[1,]",
            "{} {}", "{'" + JsonSamples.TEXT + "': 1}", "\u0000");

    /** Bytes that are not UTF-8 (a lead byte followed by no continuation byte). */
    static final byte[] NOT_UTF8 = {'{', '"', (byte) 0xC3, '"', ':', '1', '}'};

    private Samples() {
    }
}
