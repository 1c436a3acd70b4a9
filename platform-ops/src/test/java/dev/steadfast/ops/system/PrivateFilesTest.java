package dev.steadfast.ops.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret files: owner-only, replaced in one rename, nothing left beside them. */
class PrivateFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSecretIsReplacedWholeOwnerOnlyWithNoPartialFileLeft() throws Exception {
        Path secret = dir.resolve("db.password");
        Files.writeString(secret, "old-and-world-readable");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        Object inodeBefore = Files.getAttribute(secret, "unix:ino");

        PrivateFiles.write(secret, "new-secret");

        assertEquals("new-secret", Files.readString(secret));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertEquals(List.of(secret), Files.list(dir).toList(), "no partial file left beside it");
        assertEquals(false, inodeBefore.equals(Files.getAttribute(secret, "unix:ino")), "a new file renamed over the old one");
    }
}
