package dev.steadfast.runtime.bodylimit;

import java.io.IOException;

import dev.steadfast.runtime.problem.RequestTooLargeException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/** A request body that fails once more than {@code limit} bytes have been read from it. */
final class CountingInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long count;

    CountingInputStream(ServletInputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws RequestTooLargeException {
        count += n;
        if (count > limit) {
            throw new RequestTooLargeException(limit);
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
