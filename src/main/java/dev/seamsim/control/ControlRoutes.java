package dev.seamsim.control;

import dev.seamsim.connectwebviews.WebviewCompletion;
import dev.seamsim.http.Call;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import io.javalin.http.HandlerType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Endpoints outside the Seam API: /health and the /_fake/* controls (compatible with fake-seam-connect). */
public final class ControlRoutes {
    private final WebviewCompletion completion;

    private ControlRoutes(WebviewCompletion completion) {
        this.completion = completion;
    }

    public static void mount(Rpc rpc, WebviewCompletion completion) {
        ControlRoutes routes = new ControlRoutes(completion);
        rpc.open("/health", Set.of(HandlerType.GET, HandlerType.POST), ControlRoutes::health);
        rpc.open("/_fake/complete_connect_webview", Set.of(HandlerType.POST), routes::completeConnectWebview);
    }

    private static void health(Call call) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", true);
        body.put("status", "ready");
        body.put("service", "seam-simulator");
        call.ctx().json(body);
    }

    /**
     * Does what a user finishing the webview does: logs in to a provider (the one given, else the first accepted)
     * and so creates a connected account with the provider's ACS systems and entrances, copying the webview's
     * customer_key and custom_metadata. Like fake-seam-connect's, it needs no credentials.
     */
    private void completeConnectWebview(Call call) {
        Params p = call.params();
        String webviewId = p.requiredUuid("connect_webview_id");
        String provider = p.nonEmptyString("provider");
        p.check();
        WebviewCompletion.Completed done = completion.complete(webviewId, provider);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connect_webview", done.webview());
        body.put("connected_account", done.account());
        body.put("ok", true);
        call.ctx().json(body);
    }
}
