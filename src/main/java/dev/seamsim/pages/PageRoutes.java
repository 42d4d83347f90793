package dev.seamsim.pages;

import dev.seamsim.connectwebviews.WebviewCompletion;
import dev.seamsim.control.ControlPlane;
import dev.seamsim.http.Rpc;

/**
 * The HTML pages for people: the Connect Webview login at a webview's url, the Instant Key at an access method's
 * instant_key_url, and the read-only dashboard at /_fake/ui. They take no Seam credentials (the link is the
 * credential; the dashboard sits behind --admin-token like every /_fake/* route) and the login form is
 * application/x-www-form-urlencoded, so they are registered as pages, outside the JSON-only API routes.
 */
public final class PageRoutes {
    private PageRoutes() {}

    public static void mount(Rpc rpc, ControlPlane control, WebviewCompletion completion) {
        WebviewPage webview = new WebviewPage(completion);
        rpc.page(WebviewPage.PATH, webview::show);
        rpc.form(WebviewPage.PATH, webview::login);
        rpc.page(InstantKeyPage.PATH, new InstantKeyPage(control.workspaces())::show);
        rpc.page(Dashboard.PATH, new Dashboard(control)::show);
    }
}
