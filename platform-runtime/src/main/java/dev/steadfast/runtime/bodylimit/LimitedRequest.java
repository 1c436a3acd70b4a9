package dev.steadfast.runtime.bodylimit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request with its body counted as it is read, through the stream or the reader, also after an asynchronous
 * start (whose request is this one, not the container's). Form and multipart bodies the container parses itself
 * ({@code getParameter}, {@code getParts}) are read from its own stream: Undertow's {@code max-post-size} holds those.
 */
final class LimitedRequest extends HttpServletRequestWrapper {

    private final ServletResponse response;
    private final long limit;
    private CountingInputStream body;
    private BufferedReader reader;

    LimitedRequest(HttpServletRequest request, ServletResponse response, long limit) {
        super(request);
        this.response = response;
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new CountingInputStream(super.getInputStream(), limit);
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }
        return reader;
    }

    @Override
    public AsyncContext startAsync() {
        return startAsync(this, response);
    }

    /** The request's encoding, or the servlet default (ISO-8859-1); an unknown one is the client's mistake. */
    private Charset charset() throws UnsupportedEncodingException {
        String encoding = getCharacterEncoding();
        if (encoding == null) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(encoding);
        }
    }
}
