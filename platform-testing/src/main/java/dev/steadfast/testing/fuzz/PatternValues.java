package dev.steadfast.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A value of a simple regular expression: a sequence of literal characters, character classes ({@code [A-Z0-9-]},
 * {@code \d}, {@code \w}, {@code .}) and quantifiers ({@code ?}, {@code *}, {@code +}, {@code {n}}, {@code {n,m}}),
 * such as {@code @Pattern}s of identifiers and codes have. It spells "fuzz" where the classes allow, so that a
 * report shows where the value came from. Groups, alternatives and negated classes are not generated: a parameter
 * with such a pattern is reported uncovered, and the test gives its plain value
 * ({@link EndpointFuzzer#withValidValue}).
 */
final class PatternValues {

    private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    private static final String DIGITS = "0123456789";

    private PatternValues() {
    }

    /** An atom: the characters it may be, how often at least and at most. */
    private record Atom(String chars, int min, int max) {
    }

    /** @throws Uncoverable if the pattern is not simple, or no value of it has a length within min and max */
    static String generate(String regex, int minLength, int maxLength) {
        List<Atom> atoms = parse(regex);
        int[] counts = atoms.stream().mapToInt(Atom::min).toArray();
        int length = java.util.Arrays.stream(counts).sum();
        for (int i = atoms.size() - 1; i >= 0 && length < minLength; i--) {
            int more = Math.min(minLength - length, atoms.get(i).max() - counts[i]);
            counts[i] += more;
            length += more;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < atoms.size(); i++) {
            for (int n = 0; n < counts[i]; n++) {
                value.append(pick(atoms.get(i).chars(), value.length()));
            }
        }
        String text = value.toString();
        if (text.length() < minLength || text.length() > maxLength || !Pattern.compile(regex).matcher(text).matches()) {
            throw new Uncoverable("no value generator for the @Pattern " + regex);
        }
        return text;
    }

    private static char pick(String chars, int position) {
        char wanted = JsonSamples.TEXT.charAt(position % JsonSamples.TEXT.length());
        for (char c : new char[] {wanted, Character.toUpperCase(wanted), '1'}) {
            if (chars.indexOf(c) >= 0) {
                return c;
            }
        }
        return chars.charAt(0);
    }

    private static List<Atom> parse(String regex) {
        List<Atom> atoms = new ArrayList<>();
        int i = regex.startsWith("^") ? 1 : 0;
        int end = regex.endsWith("$") && !regex.endsWith("\\$") ? regex.length() - 1 : regex.length();
        while (i < end) {
            char c = regex.charAt(i);
            String chars;
            if (c == '[') {
                int close = regex.indexOf(']', i + 2);
                if (close < 0 || regex.charAt(i + 1) == '^') {
                    throw notSimple(regex);
                }
                chars = characterClass(regex.substring(i + 1, close), regex);
                i = close + 1;
            } else if (c == '\\' && i + 1 < end) {
                chars = escaped(regex.charAt(i + 1), regex);
                i += 2;
            } else if (c == '.') {
                chars = WORD;
                i++;
            } else if ("()|{}*+?".indexOf(c) >= 0) {
                throw notSimple(regex);
            } else {
                chars = String.valueOf(c);
                i++;
            }
            int min = 1;
            int max = 1;
            if (i < end) {
                char q = regex.charAt(i);
                if (q == '?' || q == '*' || q == '+') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : 64;
                    i++;
                } else if (q == '{') {
                    int close = regex.indexOf('}', i);
                    if (close < 0) {
                        throw notSimple(regex);
                    }
                    String[] bounds = regex.substring(i + 1, close).split(",", -1);
                    try {
                        min = Integer.parseInt(bounds[0].trim());
                        max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + 64 : Integer.parseInt(bounds[1].trim());
                    } catch (NumberFormatException e) {
                        throw notSimple(regex);
                    }
                    i = close + 1;
                }
                if (i < end && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
                    i++;
                }
            }
            atoms.add(new Atom(chars, min, max));
        }
        return atoms;
    }

    private static String characterClass(String body, String regex) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                chars.append(escaped(body.charAt(++i), regex));
            } else if (c == '[' || c == '&') {
                throw notSimple(regex);
            } else if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                for (char r = c; r <= body.charAt(i + 2); r++) {
                    chars.append(r);
                }
                i += 2;
            } else {
                chars.append(c);
            }
        }
        if (chars.isEmpty()) {
            throw notSimple(regex);
        }
        return chars.toString();
    }

    private static String escaped(char c, String regex) {
        return switch (c) {
            case 'd' -> DIGITS;
            case 'w' -> WORD;
            case 's' -> " ";
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw notSimple(regex);
                }
                yield String.valueOf(c);
            }
        };
    }

    private static Uncoverable notSimple(String regex) {
        return new Uncoverable("no value generator for the @Pattern " + regex + " (not a simple pattern): give its"
                + " plain value with EndpointFuzzer.withValidValue");
    }
}
