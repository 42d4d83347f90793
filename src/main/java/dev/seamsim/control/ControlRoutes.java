package dev.seamsim.control;

import dev.seamsim.connectedaccounts.AccountProvisioner;
import dev.seamsim.connectedaccounts.ConnectedAccount;
import dev.seamsim.connectwebviews.ConnectWebview;
import dev.seamsim.error.SeamException;
import dev.seamsim.fixtures.Fixtures;
import dev.seamsim.http.Call;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;
import io.javalin.http.HandlerType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Endpoints outside the Seam API: /health and the /_fake/* controls (compatible with fake-seam-connect). */
public final class ControlRoutes {
    private final Workspaces workspaces;
    private final Fixtures fixtures;

    private ControlRoutes(Workspaces workspaces, Fixtures fixtures) {
        this.workspaces = workspaces;
        this.fixtures = fixtures;
    }

    public static void mount(Rpc rpc, Workspaces workspaces, Fixtures fixtures) {
        ControlRoutes routes = new ControlRoutes(workspaces, fixtures);
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
        Workspace ws = workspaces.all().stream()
                .filter(w -> w.read(() -> w.table(ConnectWebview.TABLE).find(webviewId).isPresent()))
                .findFirst().orElseThrow(() -> SeamException.notFound("connect_webview"));
        Map<String, Object> result = ws.write(() -> complete(ws, ws.table(ConnectWebview.TABLE).require(webviewId), provider));
        call.ctx().json(result);
    }

    private Map<String, Object> complete(Workspace ws, ConnectWebview webview, String requestedProvider) {
        if (!webview.status().equals("pending")) {
            throw SeamException.badRequest("connect_webview_not_pending",
                    "Connect webview is " + webview.status() + "; only a pending webview can be completed");
        }
        String provider = requestedProvider != null ? requestedProvider
                : webview.acceptedProviders().isEmpty() ? null : webview.acceptedProviders().get(0);
        if (provider == null || !webview.acceptedProviders().contains(provider)) {
            throw new SeamException(400, "invalid_input", "provider must be one of the webview's accepted_providers: "
                    + webview.acceptedProviders(), Map.of("validation_errors", Map.of("_errors", List.of(),
                    "provider", Map.of("_errors", List.of("Not an accepted provider of this webview")))));
        }
        ConnectedAccount account = AccountProvisioner.provision(ws, fixtures.provider(provider),
                new AccountProvisioner.Request(provider, null, List.of(), webview.customerKey(),
                        webview.customMetadata()));
        ConnectWebview done = ws.table(ConnectWebview.TABLE)
                .update(webview.authorized(provider, account.connectedAccountId(), ws.now()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connect_webview", done);
        body.put("connected_account", account);
        body.put("ok", true);
        return body;
    }
}
