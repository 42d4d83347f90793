package dev.seamsim.pages;

import dev.seamsim.accessgrants.AccessGrant;
import dev.seamsim.accessgrants.AccessMethod;
import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.acs.AcsSystem;
import dev.seamsim.connectedaccounts.ConnectedAccount;
import dev.seamsim.connectwebviews.ConnectWebview;
import dev.seamsim.control.ControlPlane;
import dev.seamsim.control.journal.JournalQuery;
import dev.seamsim.control.journal.RecordedRequest;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.TableDef;
import dev.seamsim.store.Workspace;
import dev.seamsim.useridentities.UserIdentity;
import io.javalin.http.Context;

import java.util.List;

import static dev.seamsim.pages.Html.copyable;
import static dev.seamsim.pages.Html.esc;
import static dev.seamsim.pages.Html.table;
import static dev.seamsim.pages.Html.time;

/**
 * GET /_fake/ui: the simulator's state for a person, read-only. Each workspace is read in one go under its read
 * lock; rows link to the rows of related objects (anchors scoped by workspace), ids and keys have a copy button.
 */
final class Dashboard {
    static final String PATH = "/_fake/ui";
    static final int LATEST_REQUESTS = 30;

    /** One workspace's objects, copied out under its read lock. */
    private record State(Workspace ws, List<String> apiKeys, List<ConnectWebview> webviews,
                         List<ConnectedAccount> accounts, List<AcsSystem> systems, List<AcsEntrance> entrances,
                         List<Space> spaces, List<UserIdentity> users, List<AccessGrant> grants,
                         List<AccessMethod> methods) {}

    private final ControlPlane control;

    Dashboard(ControlPlane control) {
        this.control = control;
    }

    void show(Context ctx) {
        List<State> states = control.workspaces().all().stream().map(this::read).toList();
        StringBuilder body = new StringBuilder("<div class=\"card\"><h1>Simulator state</h1>");
        body.append(Html.facts("Simulator time", time(control.clock().instant()) + (control.clock().isFrozen() ? " (frozen)" : ""),
                "Workspaces", Html.list(states.stream().map(s -> "<a href=\"#" + esc(Html.anchor(s.ws().id(), "workspace"))
                        + "\">" + esc(s.ws().name()) + "</a>").toList())));
        body.append("<p class=\"muted\">Read-only. Reload to refresh.</p></div>");
        states.forEach(s -> body.append(workspace(s)));
        body.append(requests());
        Html.page(ctx, 200, "Dashboard", body.toString());
    }

    private State read(Workspace ws) {
        List<String> keys = control.apiKeysOf(ws.id());
        return ws.read(() -> new State(ws, keys, all(ws, ConnectWebview.TABLE), all(ws, ConnectedAccount.TABLE),
                all(ws, AcsSystem.TABLE), all(ws, AcsEntrance.TABLE), all(ws, Space.TABLE), all(ws, UserIdentity.TABLE),
                all(ws, AccessGrant.TABLE), all(ws, AccessMethod.TABLE)));
    }

    private static <R> List<R> all(Workspace ws, TableDef<R> def) {
        return ws.table(def).all().toList();
    }

    private static String workspace(State s) {
        String w = s.ws().id();
        StringBuilder out = new StringBuilder("<section class=\"card\" id=\"" + esc(Html.anchor(w, "workspace")) + "\">");
        out.append("<h2>").append(esc(s.ws().name())).append("</h2>");
        out.append(Html.facts("workspace_id", copyable(w), "API keys", Html.list(s.apiKeys().stream().map(Html::copyable).toList()),
                "Sandbox", esc(s.ws().sandbox())));

        out.append("<h3>Connect Webviews</h3>").append(table(s.webviews(), v -> Html.anchor(w, v.connectWebviewId()),
                v -> new String[] {copyable(v.connectWebviewId()), esc(v.status()), copyable(v.customerKey()),
                        Html.ref(w, v.connectedAccountId()), Html.link(v.url(), "open")},
                "connect_webview_id", "status", "customer_key", "connected account", "page"));
        out.append("<h3>Connected accounts</h3>").append(table(s.accounts(), a -> Html.anchor(w, a.connectedAccountId()),
                a -> new String[] {copyable(a.connectedAccountId()), esc(a.accountType()), esc(a.displayName()),
                        copyable(a.customerKey()), time(a.createdAt())},
                "connected_account_id", "account_type", "display_name", "customer_key", "created_at"));
        out.append("<h3>ACS systems</h3>").append(table(s.systems(), x -> Html.anchor(w, x.acsSystemId()),
                x -> new String[] {copyable(x.acsSystemId()), esc(x.name()), esc(x.externalType()),
                        Html.ref(w, x.connectedAccountId())},
                "acs_system_id", "name", "external_type", "connected account"));
        out.append("<h3>Entrances</h3>").append(table(s.entrances(), e -> Html.anchor(w, e.acsEntranceId()),
                e -> new String[] {copyable(e.acsEntranceId()), esc(e.displayName()), Html.ref(w, e.acsSystemId()),
                        refs(w, e.spaceIds())},
                "acs_entrance_id", "display_name", "ACS system", "spaces"));
        out.append("<h3>Spaces</h3>").append(table(s.spaces(), x -> Html.anchor(w, x.spaceId()),
                x -> new String[] {copyable(x.spaceId()), esc(x.name()), copyable(x.spaceKey()), copyable(x.customerKey()),
                        refs(w, x.acsEntranceIds())},
                "space_id", "name", "space_key", "customer_key", "entrances"));
        out.append("<h3>User identities</h3>").append(table(s.users(), u -> Html.anchor(w, u.userIdentityId()),
                u -> new String[] {copyable(u.userIdentityId()), copyable(u.userIdentityKey()), esc(u.fullName()),
                        esc(u.emailAddress())},
                "user_identity_id", "user_identity_key", "full_name", "email_address"));
        out.append("<h3>Access grants</h3>").append(table(s.grants(), g -> Html.anchor(w, g.accessGrantId()),
                g -> new String[] {copyable(g.accessGrantId()), copyable(g.accessGrantKey()), esc(g.name()),
                        Html.ref(w, g.userIdentityId()), refs(w, g.spaceIds()), time(g.startsAt()) + " – " + time(g.endsAt()),
                        refs(w, g.accessMethodIds())},
                "access_grant_id", "access_grant_key", "name", "user identity", "spaces", "validity", "access methods"));
        out.append("<h3>Access methods</h3>").append(table(s.methods(), m -> Html.anchor(w, m.accessMethodId()),
                m -> new String[] {copyable(m.accessMethodId()), esc(m.mode()), m.code() == null ? "" : copyable(m.code()),
                        esc(m.isIssued()), Html.ref(w, m.accessGrantId()),
                        m.instantKeyUrl() == null ? "" : Html.link(m.instantKeyUrl(), "Instant Key")},
                "access_method_id", "mode", "code", "issued", "access grant", "instant key"));
        return out.append("</section>").toString();
    }

    private static String refs(String workspaceId, List<String> ids) {
        return Html.list(ids.stream().map(id -> Html.ref(workspaceId, id)).toList());
    }

    private String requests() {
        List<RecordedRequest> latest = control.journal().find(JournalQuery.all().limit(LATEST_REQUESTS));
        String rows = table(latest, r -> "request-" + r.id(),
                r -> new String[] {time(r.timestamp()), esc(r.method()), "<code>" + esc(r.path()) + "</code>",
                        Html.badge(r.status() < 400 ? "good" : "bad", String.valueOf(r.status())),
                        r.workspaceId() == null ? "" : "<a href=\"#" + esc(Html.anchor(r.workspaceId(), "workspace"))
                                + "\">" + esc(r.workspaceId()) + "</a>",
                        esc(r.durationMs()) + " ms"},
                "time", "method", "path", "status", "workspace", "duration");
        return "<section class=\"card\" id=\"requests\"><h2>Latest requests</h2><p class=\"muted\">Newest first, at most "
                + LATEST_REQUESTS + "; all of them at <code>GET /_fake/requests</code>.</p>" + rows + "</section>";
    }
}
