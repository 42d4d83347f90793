package dev.seamsim.http;

import io.javalin.http.Context;

/**
 * A request's body as text, read once (Javalin keeps it). A request without Content-Length and without
 * Transfer-Encoding has no body (RFC 9112, 6.3), which is how SDKs send GET: it answers "" without reading the
 * stream, which would cost a read and two 8 KiB buffers per call.
 */
public final class RequestBody {
    private RequestBody() {}

    public static String text(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length == 0 || (length < 0 && ctx.req().getHeader("Transfer-Encoding") == null)) return "";
        return ctx.body();
    }
}
