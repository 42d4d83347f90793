package dev.seamsim.control;

import dev.seamsim.accessgrants.AccessGrant;
import dev.seamsim.accessgrants.AccessMethod;
import dev.seamsim.connectwebviews.ConnectWebview;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Table;
import dev.seamsim.store.TableDef;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * The pages behind the links the simulator hands out: a Connect Webview's url and an access method's
 * instant_key_url. They show the object's state; completing a webview is done with /_fake/complete_connect_webview.
 */
public final class Pages {
    private final Workspaces workspaces;

    private Pages(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    public static void mount(Rpc rpc, Workspaces workspaces) {
        Pages pages = new Pages(workspaces);
        rpc.page("/connect_webviews/view", pages::connectWebview);
        rpc.page("/ik/{access_method_id}", pages::instantKey);
    }

    private void connectWebview(Context ctx) {
        String id = ctx.queryParam("connect_webview_id");
        Optional<ConnectWebview> webview = find(ConnectWebview.TABLE, id);
        if (webview.isEmpty()) {
            page(ctx, 404, "Connect Webview not found", "<p>No Connect Webview has the id " + html(id) + ".</p>");
            return;
        }
        ConnectWebview w = webview.get();
        page(ctx, 200, "Connect Webview", "<dl><dt>Status</dt><dd>" + html(w.status()) + "</dd>"
                + "<dt>Accepted providers</dt><dd>" + html(String.join(", ", w.acceptedProviders())) + "</dd>"
                + "<dt>customer_key</dt><dd>" + html(w.customerKey()) + "</dd></dl>"
                + "<p>To log in as a user would, POST {\"connect_webview_id\": \"" + html(w.connectWebviewId())
                + "\"} to <code>/_fake/complete_connect_webview</code>.</p>");
    }

    private void instantKey(Context ctx) {
        String id = ctx.pathParam("access_method_id");
        Optional<AccessMethod> method = find(AccessMethod.TABLE, id);
        Optional<AccessGrant> grant = method.flatMap(m -> find(AccessGrant.TABLE, m.accessGrantId()));
        if (grant.isEmpty()) {
            page(ctx, 404, "Instant Key not found", "<p>This Instant Key was revoked or never existed.</p>");
            return;
        }
        AccessGrant g = grant.get();
        page(ctx, 200, "Instant Key", "<dl><dt>Access grant</dt><dd>" + html(g.displayName()) + "</dd>"
                + "<dt>Valid from</dt><dd>" + g.startsAt() + "</dd>"
                + "<dt>Valid until</dt><dd>" + (g.endsAt() == null ? "no end" : g.endsAt().toString()) + "</dd>"
                + "<dt>Spaces</dt><dd>" + html(String.join(", ", g.spaceIds())) + "</dd></dl>");
    }

    /** Finds an object by id in whichever workspace holds it; the page link itself is the credential. */
    private <R> Optional<R> find(TableDef<R> def, String id) {
        if (id == null) return Optional.empty();
        for (Workspace ws : workspaces.all()) {
            Optional<R> row = ws.read(() -> {
                Table<R> table = ws.table(def);
                return table.find(id);
            });
            if (row.isPresent()) return row;
        }
        return Optional.empty();
    }

    private static void page(Context ctx, int status, String title, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result("<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<title>" + html(title) + " · Seam Simulator</title></head><body><h1>" + html(title) + "</h1>"
                + body + "</body></html>");
    }

    private static String html(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
