package dev.seamsim.http;

import dev.seamsim.error.SeamException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one place where exceptions become Seam error envelopes: {"error":{"type","message",...},"ok":false}. */
public final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {}

    public static void register(RoutesConfig routes) {
        routes.exception(SeamException.class, (e, ctx) -> write(ctx, e));
        routes.exception(EndpointNotFound.class, (e, ctx) -> write(ctx, routeNotFound(ctx)));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromHttp(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, new SeamException(500, "internal_server_error", "Internal server error: " + e));
        });
    }

    /** A path the simulator does not serve (for a method it does not serve at all, as Javalin finds). */
    static SeamException routeNotFound(Context ctx) {
        return new SeamException(404, "route_not_found",
                "No route " + ctx.method() + " " + ctx.path() + " (see the Seam API reference for the RPC paths)");
    }

    private static SeamException fromHttp(HttpResponseException e) {
        String type = switch (e.getStatus()) {
            case 400 -> "invalid_input";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            default -> "http_error";
        };
        return new SeamException(e.getStatus(), type, e.getMessage());
    }

    private static void write(Context ctx, SeamException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", e.type());
        error.put("message", e.getMessage());
        error.putAll(e.extra());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("ok", false);
        ctx.status(e.status()).json(body);
    }
}
