package dev.steadfast.ops.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Where the libraries' log records go: a file of the state directory (0700, the file 0600, at most 5 MiB and then
 * started anew), opened with the first record, so a command that logs nothing (--help, a refusal) makes no file.
 * A file that cannot be opened drops the records: the terminal is for the command's own lines only.
 */
final class LibraryLog extends Handler {

    private static final int LIMIT_BYTES = 5 * 1024 * 1024;

    private final Path file;
    private Handler delegate;
    private boolean unavailable;

    LibraryLog(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record) || unavailable) {
            return;
        }
        if (delegate == null) {
            try {
                Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                if (!Files.exists(file)) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                FileHandler handler = new FileHandler(file.toString(), LIMIT_BYTES, 1, true);
                handler.setFormatter(new SimpleFormatter());
                delegate = handler;
            } catch (IOException | RuntimeException e) {
                unavailable = true;
                return;
            }
        }
        delegate.publish(record);
    }

    @Override
    public synchronized void flush() {
        if (delegate != null) {
            delegate.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (delegate != null) {
            delegate.close();
        }
    }
}
