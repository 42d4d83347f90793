package dev.seamsim.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Jetty's own answers, for requests it refuses before Javalin sees them (headers over 8 KiB: 431, a request line
 * too long: 414, a malformed request: 400), as Seam error envelopes instead of Jetty's HTML page.
 */
public final class JettyErrors extends ErrorHandler {
    /** Jetty writes an error body only for GET, POST and HEAD; an oversize DELETE or PATCH got an empty 431. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws java.io.IOException {
        String type = switch (code) {
            case 400 -> "bad_request";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> "http_error";
        };
        String text = switch (code) {
            case 414 -> "The request line is too long (the URI and headers may take at most 8 KiB)";
            case 431 -> "The request headers are too large (at most 8 KiB in all)";
            default -> message != null ? message : "HTTP error " + code;
        };
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("message", text);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("ok", false);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put("seam-request-id", UUID.randomUUID().toString());
        response.write(true, ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(body)), callback);
    }
}
