package dev.seamsim.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of every answer: its seam-request-id and Access-Control-Allow-Origin, so that browser code may call
 * the simulator. Which headers and methods are allowed is told only in answer to a CORS preflight (OPTIONS), the
 * one place a browser reads it: on every answer they were 230 of its bytes.
 */
public final class ResponseHeaders {
    private static final String ALLOWED_HEADERS = "authorization, content-type, seam-workspace, seam-sdk-name, "
            + "seam-sdk-version, seam-client-session-token, client-session-token, seam-publishable-key";
    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

    private ResponseHeaders() {}

    /**
     * A before-handler, the first to set these, so it adds them: setting (ctx.header) would first look for an
     * earlier value of each, on every request.
     */
    public static void add(Context ctx) {
        HttpServletResponse res = ctx.res();
        res.addHeader("seam-request-id", RequestIds.next());
        res.addHeader("Access-Control-Allow-Origin", "*");
        if (ctx.method() == HandlerType.OPTIONS) {
            res.addHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            res.addHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
        }
    }
}
