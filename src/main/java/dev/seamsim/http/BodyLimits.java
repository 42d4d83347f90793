package dev.seamsim.http;

import dev.seamsim.error.SeamException;
import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Caps request bodies: {@code maxBodyBytes} on every route but the state import, {@code maxImportBytes} on
 * /_fake/database. A body whose Content-Length is over the cap is refused before any of it is read; one sent
 * without a length (chunked) is read only up to the cap. Either way the answer is 413 payload_too_large, and the
 * simulator never holds more than the cap of one body. A multipart form (the login page accepts one) is parsed
 * by Jetty from the connection, past the capped stream, so it gets the cap as its own limit, kept in memory
 * (Javalin's default would spool every part to a temporary file, with no limit at all).
 */
public final class BodyLimits {
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final long DEFAULT_MAX_IMPORT_BYTES = 64L * 1024 * 1024;
    /** Request attribute set once a body is known to be over its cap (the journal then records no body). */
    public static final String TOO_LARGE_ATTRIBUTE = "seamsim.body_too_large";
    private static final String IMPORT_PATH = "/_fake/database";
    /** Where Jetty's multipart parser (and Javalin, which sets it only when absent) looks for its limits. */
    private static final String MULTIPART_CONFIG_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";

    private final long maxBodyBytes;
    private final long maxImportBytes;

    public BodyLimits(long maxBodyBytes, long maxImportBytes) {
        if (maxBodyBytes < 1 || maxImportBytes < 1) throw new IllegalArgumentException("body limits must be at least 1 byte");
        this.maxBodyBytes = maxBodyBytes;
        this.maxImportBytes = maxImportBytes;
    }

    /** The larger cap, for Javalin's own (global) limit, which must never be the one that answers. */
    public long largest() {
        return Math.max(maxBodyBytes, maxImportBytes);
    }

    private long limitFor(String path) {
        return PathPattern.normalize(path).equals(IMPORT_PATH) ? maxImportBytes : maxBodyBytes;
    }

    /** A Javalin before-handler: refuses a declared length over the cap without reading the body. */
    public void refuseDeclaredOversize(Context ctx) {
        long limit = limitFor(ctx.path());
        if (ctx.req().getContentLengthLong() > limit) throw tooLarge(ctx.req(), limit);
    }

    /**
     * A servlet filter (ahead of Javalin) that makes reading past the cap fail, for bodies without a length, and
     * gives a multipart form the cap as its limit.
     */
    public Filter filter() {
        return new Filter() {
            @Override
            public void init(FilterConfig config) {
                // Jetty's own limit on a form's fields (200 000 bytes) would otherwise answer first, as a 500.
                ServletContextHandler.getServletContextHandler(config.getServletContext())
                        .setMaxFormContentSize((int) Math.min(largest(), Integer.MAX_VALUE));
            }

            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                HttpServletRequest http = (HttpServletRequest) request;
                long limit = limitFor(http.getRequestURI());
                String type = http.getContentType();
                if (type != null && type.toLowerCase().startsWith("multipart/form-data")) {
                    int inMemory = (int) Math.min(limit, Integer.MAX_VALUE);
                    http.setAttribute(MULTIPART_CONFIG_ATTRIBUTE, new MultipartConfigElement(
                            System.getProperty("java.io.tmpdir"), limit, limit, inMemory));
                }
                chain.doFilter(new Capped(http, limit), response);
            }
        };
    }

    private static SeamException tooLarge(HttpServletRequest request, long limit) {
        request.setAttribute(TOO_LARGE_ATTRIBUTE, true);
        return new SeamException(413, "payload_too_large", "The request body is larger than this route's limit of "
                + limit + " bytes", Map.of("data", Map.of("max_body_bytes", limit)));
    }

    /** The request with an input stream that stops at {@code limit} bytes. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new CappedStream(this, super.getInputStream(), limit);
            return stream;
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            try {
                return super.getParts();
            } catch (IOException | ServletException | RuntimeException e) {
                throw unreadableForm(e);
            }
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            try {
                return super.getPart(name);
            } catch (IOException | ServletException | RuntimeException e) {
                throw unreadableForm(e);
            }
        }

        /** Over the cap (Jetty's parser says "… exceeded") is 413; any other failure, a form that does not parse. */
        private SeamException unreadableForm(Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SeamException seam) return seam;
                if (t.getMessage() != null && t.getMessage().contains("exceeded")) return tooLarge(this, limit);
            }
            return new SeamException(400, "invalid_input", "Error while parsing input: the body is not a valid "
                    + "multipart form", Map.of("validation_errors", Map.of("_errors", List.of("Malformed multipart form"))));
        }
    }

    private static final class CappedStream extends ServletInputStream {
        private final HttpServletRequest request;
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CappedStream(HttpServletRequest request, ServletInputStream in, long limit) {
            this.request = request;
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            checkNotOver();
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkNotOver();
            // Never ask for more than one byte past the cap, so that an oversize body is noticed right there.
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) {
            read += n;
            checkNotOver();
        }

        private void checkNotOver() {
            if (read > limit) throw tooLarge(request, limit);
        }

        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
        @Override public int available() throws IOException { return in.available(); }
    }
}
