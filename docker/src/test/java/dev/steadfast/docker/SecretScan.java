package dev.steadfast.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Looks for a state's generated secrets in what an image or a container shows: the plain passwords, their encrypted
 * forms and the key stores, byte for byte. Text is searched as Latin-1, so any byte sequence matches itself.
 */
final class SecretScan {

    private static final int CHUNK = 1 << 20;

    private final Map<String, String> needles = new LinkedHashMap<>();

    /** Every secret of a Steadfast secrets directory: passwords (*.password), encrypted values (*.enc), key stores. */
    static SecretScan of(Path secretsDirectory) {
        SecretScan scan = new SecretScan();
        try (Stream<Path> files = Files.list(secretsDirectory)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".password") || name.endsWith(".enc") || name.endsWith(".cs") || name.endsWith(".p12")) {
                    String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).strip();
                    if (content.length() >= 8) {
                        scan.needles.put(name, content);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (scan.needles.size() < 5) {
            throw new IllegalStateException("Too few secrets in " + secretsDirectory + " to prove anything: " + scan.needles.keySet());
        }
        return scan;
    }

    List<String> names() {
        return List.copyOf(needles.keySet());
    }

    /** The names of the secrets found in the text. */
    Set<String> in(String text) {
        Set<String> found = new TreeSet<>();
        needles.forEach((name, needle) -> {
            if (text.contains(needle)) {
                found.add(name);
            }
        });
        return found;
    }

    /** The names of the secrets found anywhere in the file (an image saved as a tar of uncompressed layer tars). */
    Set<String> inFile(Path file) {
        int overlap = needles.values().stream().mapToInt(String::length).max().orElse(1) - 1;
        Set<String> found = new TreeSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            String carry = "";
            byte[] buffer = new byte[CHUNK];
            for (int read; (read = in.readNBytes(buffer, 0, CHUNK)) > 0; ) {
                String window = carry + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                found.addAll(in(window));
                carry = window.substring(Math.max(0, window.length() - overlap));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
