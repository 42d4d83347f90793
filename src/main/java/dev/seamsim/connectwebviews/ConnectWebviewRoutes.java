package dev.seamsim.connectwebviews;

import dev.seamsim.fixtures.Fixtures;
import dev.seamsim.http.Call;
import dev.seamsim.http.Cursors;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Where;
import dev.seamsim.store.Workspace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** /connect_webviews/*: create, get, list, delete. Completion lives in the control routes. */
public final class ConnectWebviewRoutes {
    private final Fixtures fixtures;

    private ConnectWebviewRoutes(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public static void mount(Rpc rpc, Fixtures fixtures) {
        ConnectWebviewRoutes routes = new ConnectWebviewRoutes(fixtures);
        rpc.write("/connect_webviews/create", routes::create);
        rpc.read("/connect_webviews/get", routes::get);
        rpc.read("/connect_webviews/list", routes::list);
        rpc.delete("/connect_webviews/delete", routes::delete);
    }

    private void create(Call call) {
        Params p = call.params();
        List<String> accepted = p.enums("accepted_providers", Providers.ACCEPTED_PROVIDERS);
        List<String> excluded = p.strings("excluded_providers");
        List<String> capabilities = p.enums("accepted_capabilities", Providers.CAPABILITIES);
        p.oneOf("provider_category", Providers.PROVIDER_CATEGORIES);
        String selectionMode = p.oneOf("device_selection_mode", Providers.DEVICE_SELECTION_MODES);
        String redirect = p.url("custom_redirect_url");
        String failureRedirect = p.url("custom_redirect_failure_url");
        Map<String, Object> metadata = p.metadata("custom_metadata");
        String customerKey = p.nonEmptyString("customer_key");
        Boolean manageDevices = p.bool("automatically_manage_new_devices");
        Boolean waitForDevices = p.bool("wait_for_device_creation");
        p.check();

        List<String> providers = new ArrayList<>(accepted == null || accepted.isEmpty()
                ? List.copyOf(fixtures.providers().keySet()) : accepted);
        if (excluded != null) providers.removeAll(excluded);
        Workspace ws = call.workspace();
        String id = ws.newId();
        String url = call.publicUrl() + "/connect_webviews/view?connect_webview_id="
                + URLEncoder.encode(id, StandardCharsets.UTF_8);
        ConnectWebview webview = new ConnectWebview(id, ws.id(), ws.now(), url, "pending", null, null, false, null,
                List.copyOf(providers), capabilities == null ? List.of() : capabilities, List.of(), false,
                accepted == null || accepted.isEmpty(), selectionMode == null ? "none" : selectionMode, redirect,
                failureRedirect, metadata == null ? Map.of() : metadata, manageDevices == null || manageDevices,
                waitForDevices != null && waitForDevices, customerKey);
        ws.write(() -> ws.table(ConnectWebview.TABLE).insert(webview));
        call.ok("connect_webview", webview);
    }

    private void get(Call call) {
        String id = call.params().requiredUuid("connect_webview_id");
        call.params().check();
        Workspace ws = call.workspace();
        call.ok("connect_webview", ws.read(() -> ws.table(ConnectWebview.TABLE).require(id)));
    }

    private void list(Call call) {
        Params p = call.params();
        String customerKey = p.string("customer_key");
        Map<String, Object> metadataHas = p.metadata("custom_metadata_has");
        String search = p.nonEmptyString("search");
        // No webview has a user_identifier_key (create takes none), so filtering by one matches nothing.
        String userIdentifierKey = p.string("user_identifier_key");
        Cursors.Position at = call.pagePosition(500);
        p.check();
        Predicate<ConnectWebview> filter = w -> userIdentifierKey == null
                && (customerKey == null || customerKey.equals(w.customerKey()))
                && (metadataHas == null || w.customMetadata().entrySet().containsAll(metadataHas.entrySet()))
                && (search == null || matches(w, search));
        Workspace ws = call.workspace();
        Where where = Where.all().and("customer_key", customerKey);
        call.okPage("connect_webviews",
                ws.read(() -> ws.table(ConnectWebview.TABLE).page(where, filter, at.after(), at.limit())));
    }

    /** The spec's partial match on connect_webview_id, accepted_providers, custom_metadata (values) or customer_key. */
    private static boolean matches(ConnectWebview w, String search) {
        String needle = search.toLowerCase();
        return w.connectWebviewId().contains(needle)
                || (w.customerKey() != null && w.customerKey().toLowerCase().contains(needle))
                || w.acceptedProviders().stream().anyMatch(provider -> provider.contains(needle))
                || w.customMetadata().values().stream().anyMatch(v -> String.valueOf(v).toLowerCase().contains(needle));
    }

    private void delete(Call call) {
        String id = call.params().requiredUuid("connect_webview_id");
        call.params().check();
        Workspace ws = call.workspace();
        ws.write(() -> ws.table(ConnectWebview.TABLE).delete(id));
        call.ok();
    }
}
