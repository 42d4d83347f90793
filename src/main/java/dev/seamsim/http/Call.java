package dev.seamsim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamsim.store.Page;
import dev.seamsim.store.Workspace;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** One API call as a route sees it: the caller's workspace, the parameters, and Seam-shaped answers. */
public final class Call {
    private final Context ctx;
    private final Workspace workspace;
    private final String publicUrl;
    private Params params;

    Call(Context ctx, Workspace workspace, String publicUrl) {
        this.ctx = ctx;
        this.workspace = workspace;
        this.publicUrl = publicUrl;
    }

    public Workspace workspace() {
        if (workspace == null) throw new IllegalStateException(ctx.path() + " is not a workspace route");
        return workspace;
    }

    public Context ctx() { return ctx; }

    public Params params() {
        if (params == null) params = RequestInput.parse(ctx);
        return params;
    }

    /** Base of links the simulator hands out (webview url, instant key url, next page url). */
    public String publicUrl() {
        return publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host();
    }

    /** Reads limit and page_cursor; call it with the other parameters, before check(). */
    public Cursors.Position pagePosition(int defaultLimit) {
        return Cursors.read(params(), defaultLimit);
    }

    public void ok() {
        answer(Map.of("ok", true));
    }

    public void ok(String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, value);
        body.put("ok", true);
        answer(body);
    }

    /** A paginated list (the route read its position with {@link #pagePosition}). */
    public void okPage(String key, Page<?> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, page.items());
        body.put("pagination", page.hasNext() ? Cursors.pagination(page, publicUrl() + ctx.path(), params())
                : Cursors.LAST_PAGE);
        body.put("ok", true);
        answer(body);
    }

    /** As ctx.json, but written straight to bytes: ctx.json makes a String first, then encodes it. */
    private void answer(Object body) {
        try {
            ctx.contentType(ContentType.APPLICATION_JSON).result(Json.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the answer of " + ctx.path(), e);
        }
    }
}
