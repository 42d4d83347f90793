package dev.seamsim.connectwebviews;

import dev.seamsim.connectedaccounts.AccountProvisioner;
import dev.seamsim.connectedaccounts.ConnectedAccount;
import dev.seamsim.error.SeamException;
import dev.seamsim.fixtures.Fixtures;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * A user finishing a Connect Webview: logging in to a provider creates a connected account with the provider's
 * ACS systems and entrances, copying the webview's customer_key and custom_metadata. Both
 * POST /_fake/complete_connect_webview and the webview's login page go through {@link #complete}.
 */
public final class WebviewCompletion {
    /** Failed logins after which the webview becomes {@code failed}. */
    public static final int MAX_FAILED_LOGINS = 3;

    /** The webview after completion and the account it produced. */
    public record Completed(ConnectWebview webview, ConnectedAccount account) {}

    private final Workspaces workspaces;
    private final Fixtures fixtures;
    /** Failed logins per webview id, per workspace instance: a reset or import makes new instances and so forgets them. */
    private final Map<Workspace, Map<String, Integer>> failedLogins = Collections.synchronizedMap(new WeakHashMap<>());

    public WebviewCompletion(Workspaces workspaces, Fixtures fixtures) {
        this.workspaces = workspaces;
        this.fixtures = fixtures;
    }

    public Fixtures fixtures() { return fixtures; }

    /** The workspace holding the webview (the webview's link itself is the credential), found without a scan. */
    public Optional<Workspace> workspaceOf(String webviewId) {
        return workspaces.holderOf(ConnectWebview.TABLE, webviewId);
    }

    /**
     * Logs in to {@code requestedProvider} (null: the webview's first accepted provider) without credentials.
     * 404 for an unknown webview, 400 when it is not pending or the provider is not accepted.
     */
    public Completed complete(String webviewId, String requestedProvider) {
        Workspace ws = workspaceOf(webviewId).orElseThrow(() -> SeamException.notFound("connect_webview"));
        return ws.write(() -> {
            ConnectWebview webview = pending(ws, webviewId);
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
            forget(ws, webviewId);
            return new Completed(done, account);
        });
    }

    /** What a login attempt on the webview page led to. */
    public sealed interface Login {
        record Success(Completed completed) implements Login {}
        record WrongCredentials(int attemptsLeft) implements Login {}
        record Failed(ConnectWebview webview) implements Login {}
    }

    /**
     * A login with the provider's sandbox credentials completes the webview; a wrong one counts, and the
     * {@value #MAX_FAILED_LOGINS}th wrong one turns the webview {@code failed}.
     */
    public Login login(String webviewId, String provider, String username, String password) {
        if (fixtures.sandboxCredentials(provider).accept(username, password)) {
            return new Login.Success(complete(webviewId, provider));
        }
        Workspace ws = workspaceOf(webviewId).orElseThrow(() -> SeamException.notFound("connect_webview"));
        return ws.write(() -> {
            ConnectWebview webview = pending(ws, webviewId);
            if (!webview.acceptedProviders().contains(provider)) {
                throw SeamException.badRequest("invalid_input", "provider must be one of the webview's accepted_providers");
            }
            int failures = failedLogins.computeIfAbsent(ws, w -> new HashMap<>()).merge(webviewId, 1, Integer::sum);
            if (failures < MAX_FAILED_LOGINS) return new Login.WrongCredentials(MAX_FAILED_LOGINS - failures);
            forget(ws, webviewId);
            return new Login.Failed(ws.table(ConnectWebview.TABLE).update(webview.failed(provider)));
        });
    }

    private static ConnectWebview pending(Workspace ws, String webviewId) {
        ConnectWebview webview = ws.table(ConnectWebview.TABLE).find(webviewId)
                .orElseThrow(() -> SeamException.notFound("connect_webview"));
        if (!webview.status().equals("pending")) {
            throw SeamException.badRequest("connect_webview_not_pending",
                    "Connect webview is " + webview.status() + "; only a pending webview can be completed");
        }
        return webview;
    }

    private void forget(Workspace ws, String webviewId) {
        Map<String, Integer> counts = failedLogins.get(ws);
        if (counts != null) counts.remove(webviewId);
    }
}
