package dev.seamsim.http;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request's body as text, read once. A request without Content-Length and without Transfer-Encoding has no
 * body (RFC 9112, 6.3), which is how SDKs send GET: it answers "" without reading the stream, which would cost a
 * read and two 8 KiB buffers per call. A JSON body of known length is read here into one array of that length
 * (Javalin's ctx.body() grows a buffer through 8 KiB copies) and kept in a request attribute; any other body
 * (a form, a chunked one) is left to ctx.body(), which keeps it too and which forms read through.
 */
public final class RequestBody {
    private static final String TEXT_ATTRIBUTE = "seamsim.request_body";

    private RequestBody() {}

    public static String text(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length == 0 || (length < 0 && ctx.req().getHeader("Transfer-Encoding") == null)) return "";
        String contentType = ctx.req().getContentType();
        if (length < 0 || length > Integer.MAX_VALUE || contentType == null
                || !contentType.regionMatches(true, 0, "application/json", 0, 16)) {
            return ctx.body();
        }
        String kept = ctx.attribute(TEXT_ATTRIBUTE);
        if (kept != null) return kept;
        String text = new String(read(ctx, (int) length), charset(ctx));
        ctx.attribute(TEXT_ATTRIBUTE, text);
        return text;
    }

    private static byte[] read(Context ctx, int length) {
        try {
            return ctx.req().getInputStream().readNBytes(length); // BodyLimits' stream: the route's cap still holds
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As ctx.body() decodes: the Content-Type's charset, else UTF-8. */
    private static Charset charset(Context ctx) {
        String name = ctx.characterEncoding();
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }
}
