package dev.seamsim.connectwebviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.seamsim.store.TableDef;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A Connect Webview, in its wire shape. */
public record ConnectWebview(String connectWebviewId, String workspaceId, Instant createdAt, String url,
                             String status, String connectedAccountId, String selectedProvider,
                             boolean loginSuccessful, Instant authorizedAt, List<String> acceptedProviders,
                             List<String> acceptedCapabilities, List<String> acceptedDevices,
                             boolean anyDeviceAllowed, boolean anyProviderAllowed, String deviceSelectionMode,
                             String customRedirectUrl, String customRedirectFailureUrl,
                             Map<String, Object> customMetadata, boolean automaticallyManageNewDevices,
                             boolean waitForDeviceCreation,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String customerKey) {

    public static final TableDef<ConnectWebview> TABLE = TableDef.of("connect_webview", ConnectWebview::connectWebviewId)
            .index("customer_key", ConnectWebview::customerKey)
            .reachableByLink();

    /** The webview after a user logged in to {@code provider} and the account {@code accountId} was created. */
    public ConnectWebview authorized(String provider, String accountId, Instant at) {
        return new ConnectWebview(connectWebviewId, workspaceId, createdAt, url, "authorized", accountId, provider,
                true, at, acceptedProviders, acceptedCapabilities, acceptedDevices, anyDeviceAllowed,
                anyProviderAllowed, deviceSelectionMode, customRedirectUrl, customRedirectFailureUrl, customMetadata,
                automaticallyManageNewDevices, waitForDeviceCreation, customerKey);
    }

    /** The webview after repeated wrong logins to {@code provider}: it can no longer be completed. */
    public ConnectWebview failed(String provider) {
        return new ConnectWebview(connectWebviewId, workspaceId, createdAt, url, "failed", null, provider,
                false, null, acceptedProviders, acceptedCapabilities, acceptedDevices, anyDeviceAllowed,
                anyProviderAllowed, deviceSelectionMode, customRedirectUrl, customRedirectFailureUrl, customMetadata,
                automaticallyManageNewDevices, waitForDeviceCreation, customerKey);
    }
}
