package dev.seamsim;

import dev.seamsim.accessgrants.AccessGrantRoutes;
import dev.seamsim.accessgrants.AccessMethodRoutes;
import dev.seamsim.acs.AcsRoutes;
import dev.seamsim.connectedaccounts.ConnectedAccountRoutes;
import dev.seamsim.connectwebviews.ConnectWebviewRoutes;
import dev.seamsim.connectwebviews.WebviewCompletion;
import dev.seamsim.control.AdminRoutes;
import dev.seamsim.control.ControlPlane;
import dev.seamsim.control.ControlRoutes;
import dev.seamsim.control.DatabaseRoutes;
import dev.seamsim.control.faults.FaultInterceptor;
import dev.seamsim.control.faults.FaultRoutes;
import dev.seamsim.control.journal.JournalRecorder;
import dev.seamsim.control.journal.JournalRoutes;
import dev.seamsim.http.Auth;
import dev.seamsim.http.ErrorHandlers;
import dev.seamsim.http.Json;
import dev.seamsim.http.RequestIds;
import dev.seamsim.http.Rpc;
import dev.seamsim.pages.PageRoutes;
import dev.seamsim.spaces.SpaceRoutes;
import dev.seamsim.store.Workspaces;
import dev.seamsim.useridentities.UserIdentityRoutes;
import dev.seamsim.workspaces.WorkspaceRoutes;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.util.ArrayList;
import java.util.List;

/** The HTTP application: wire settings, one error mapper, and every route of the simulator in one list. */
final class SeamApp {
    private SeamApp() {}

    /** The server and the table of the routes it serves. */
    record Built(Javalin javalin, List<Rpc.RouteInfo> routes) {}

    static Built create(ControlPlane control, String publicUrl, String adminToken) {
        Workspaces workspaces = control.workspaces();
        List<Rpc.RouteInfo> table = new ArrayList<>();
        Javalin javalin = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64L * 1024 * 1024; // state documents for PUT /_fake/database can be large
            JournalRecorder journal = new JournalRecorder(control::journal);
            config.routes.before(journal::before);
            config.routes.after(journal::after);
            config.routes.before(ctx -> {
                ctx.header("seam-request-id", RequestIds.next());
                ctx.header("Access-Control-Allow-Origin", "*");
                ctx.header("Access-Control-Allow-Headers", "authorization, content-type, seam-workspace, "
                        + "seam-sdk-name, seam-sdk-version, seam-client-session-token, client-session-token, "
                        + "seam-publishable-key");
                ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
            });
            if (adminToken != null) config.routes.before(ctx -> AdminRoutes.requireAdminToken(ctx, adminToken));
            config.routes.options("/*", ctx -> ctx.status(204));
            ErrorHandlers.register(config.routes);

            Rpc rpc = new Rpc(config.routes, new Auth(workspaces, control::autoWorkspace), publicUrl);
            rpc.intercept(new FaultInterceptor(control.faults(), rpc.auth()));
            JournalRoutes.mount(rpc, control::journal);
            FaultRoutes.mount(rpc, control.faults());
            WebviewCompletion completion = new WebviewCompletion(workspaces, control.fixtures());
            ControlRoutes.mount(rpc, completion);
            AdminRoutes.mount(rpc, control);
            DatabaseRoutes.mount(rpc, control);
            PageRoutes.mount(rpc, control, completion);
            WorkspaceRoutes.mount(rpc);
            ConnectWebviewRoutes.mount(rpc, control.fixtures());
            ConnectedAccountRoutes.mount(rpc);
            AcsRoutes.mount(rpc);
            SpaceRoutes.mount(rpc);
            UserIdentityRoutes.mount(rpc);
            AccessGrantRoutes.mount(rpc);
            AccessMethodRoutes.mount(rpc);
            table.addAll(rpc.table());
        });
        return new Built(javalin, List.copyOf(table));
    }
}
