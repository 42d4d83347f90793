package dev.seamsim.pages;

import dev.seamsim.connectwebviews.ConnectWebview;
import dev.seamsim.connectwebviews.WebviewCompletion;
import dev.seamsim.connectwebviews.WebviewCompletion.Login;
import dev.seamsim.error.SeamException;
import dev.seamsim.fixtures.Fixtures.ProviderTemplate;
import dev.seamsim.fixtures.Fixtures.SandboxCredentials;
import dev.seamsim.store.Workspace;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static dev.seamsim.pages.Html.card;
import static dev.seamsim.pages.Html.copyable;
import static dev.seamsim.pages.Html.esc;

/**
 * The page at a Connect Webview's url, as a user sees it: pick a provider, log in with its sandbox credentials
 * (from the fixtures). A right login completes the webview through {@link WebviewCompletion} (the code path of
 * /_fake/complete_connect_webview); {@value WebviewCompletion#MAX_FAILED_LOGINS} wrong ones fail it.
 */
final class WebviewPage {
    static final String PATH = "/connect_webviews/view";

    private final WebviewCompletion completion;

    WebviewPage(WebviewCompletion completion) {
        this.completion = completion;
    }

    void show(Context ctx) {
        Optional<ConnectWebview> found = find(ctx.queryParam("connect_webview_id"));
        if (found.isEmpty()) {
            notFound(ctx);
            return;
        }
        ConnectWebview w = found.get();
        String provider = ctx.queryParam("provider");
        if (!w.status().equals("pending")) state(ctx, w);
        else if (provider != null && w.acceptedProviders().contains(provider)) form(ctx, 200, w, provider, null);
        else providers(ctx, w);
    }

    /** POST of the login form (application/x-www-form-urlencoded: username, password). */
    void login(Context ctx) {
        Optional<ConnectWebview> found = find(ctx.queryParam("connect_webview_id"));
        if (found.isEmpty()) {
            notFound(ctx);
            return;
        }
        ConnectWebview w = found.get();
        String provider = ctx.queryParam("provider");
        if (!w.status().equals("pending")) {
            ctx.redirect(self(w, null), HttpStatus.SEE_OTHER);
            return;
        }
        if (provider == null || !w.acceptedProviders().contains(provider)) {
            providers(ctx, w);
            return;
        }
        String username = ctx.formParam("username"); // read first: a body over the cap is a 413, not a redirect
        String password = ctx.formParam("password");
        Login result;
        try {
            result = completion.login(w.connectWebviewId(), provider, username, password);
        } catch (SeamException e) { // deleted or completed meanwhile: the page shows what it is now
            ctx.redirect(self(w, null), HttpStatus.SEE_OTHER);
            return;
        }
        if (result instanceof Login.WrongCredentials wrong) {
            form(ctx, 200, w, provider, "Wrong username or password. " + wrong.attemptsLeft()
                    + (wrong.attemptsLeft() == 1 ? " attempt" : " attempts") + " left.");
        } else if (result instanceof Login.Success) {
            redirect(ctx, w.customRedirectUrl(), w);
        } else {
            redirect(ctx, w.customRedirectFailureUrl(), w);
        }
    }

    private void redirect(Context ctx, String customUrl, ConnectWebview w) {
        ctx.redirect(customUrl != null ? customUrl : self(w, null), HttpStatus.SEE_OTHER);
    }

    private Optional<ConnectWebview> find(String id) {
        return completion.workspaceOf(id).flatMap(ws -> readWebview(ws, id));
    }

    private static Optional<ConnectWebview> readWebview(Workspace ws, String id) {
        return ws.read(() -> ws.table(ConnectWebview.TABLE).find(id));
    }

    private static void notFound(Context ctx) {
        card(ctx, 404, "Connect Webview not found", "<p>This Connect Webview was deleted or never existed. "
                + "Ask the app that sent you here for a new link.</p>");
    }

    private void providers(Context ctx, ConnectWebview w) {
        StringBuilder items = new StringBuilder("<ul class=\"providers\">");
        for (String provider : w.acceptedProviders()) {
            items.append("<li><a href=\"").append(esc(self(w, provider))).append("\">").append(esc(displayName(provider)))
                    .append(" <span class=\"muted\">").append(esc(provider)).append("</span></a></li>");
        }
        card(ctx, 200, "Connect your account", "<p class=\"muted\">Status: " + esc(w.status())
                + ". Choose the system to connect.</p>" + items + "</ul>" + details(w));
    }

    private void form(Context ctx, int status, ConnectWebview w, String provider, String error) {
        SandboxCredentials sandbox = completion.fixtures().sandboxCredentials(provider);
        String content = (error == null ? "" : "<p class=\"error\" role=\"alert\">" + esc(error) + "</p>")
                + "<form method=\"post\" action=\"" + esc(self(w, provider)) + "\">"
                + "<label for=\"username\">Username</label>"
                + "<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>"
                + "<label for=\"password\">Password</label>"
                + "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>"
                + "<button class=\"primary\" type=\"submit\">Log in</button></form>"
                + "<p class=\"muted\">Sandbox login: <code>" + esc(sandbox.username()) + "</code> / <code>"
                + esc(sandbox.password()) + "</code>. <a href=\"" + esc(self(w, null)) + "\">Other systems</a></p>" + details(w);
        card(ctx, status, "Log in to " + displayName(provider), content);
    }

    private void state(Context ctx, ConnectWebview w) {
        String facts = Html.facts("Status", esc(w.status()), "Provider", esc(w.selectedProvider()),
                "Connected account", copyable(w.connectedAccountId()), "customer_key", copyable(w.customerKey()));
        if (w.status().equals("authorized")) {
            String next = w.customRedirectUrl() == null ? "<p class=\"muted\">You can close this window.</p>"
                    : "<p>" + Html.link(w.customRedirectUrl(), "Continue") + "</p>";
            card(ctx, 200, "Account connected", "<p class=\"ok\">You logged in to " + esc(displayName(w.selectedProvider()))
                    + "; this Connect Webview is authorized.</p>" + facts + next);
        } else {
            String next = w.customRedirectFailureUrl() == null ? ""
                    : "<p>" + Html.link(w.customRedirectFailureUrl(), "Back to the app") + "</p>";
            card(ctx, 200, "Connection failed", "<p class=\"error\">Too many wrong logins: this Connect Webview failed "
                    + "and can no longer be used. Ask the app for a new link.</p>" + facts + next);
        }
    }

    /** For the developer testing the flow: which webview this is and the customer it is for. */
    private static String details(ConnectWebview w) {
        return "<p class=\"muted\">Connect Webview <code>" + esc(w.connectWebviewId()) + "</code>"
                + (w.customerKey() == null ? "" : ", customer_key <code>" + esc(w.customerKey()) + "</code>") + "</p>";
    }

    private String displayName(String provider) {
        ProviderTemplate template = completion.fixtures().provider(provider);
        return template != null ? template.accountTypeDisplayName() : provider;
    }

    private static String self(ConnectWebview w, String provider) {
        String url = PATH + "?connect_webview_id=" + URLEncoder.encode(w.connectWebviewId(), StandardCharsets.UTF_8);
        return provider == null ? url : url + "&provider=" + URLEncoder.encode(provider, StandardCharsets.UTF_8);
    }
}
