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
import dev.seamsim.http.BodyLimits;
import dev.seamsim.http.ErrorHandlers;
import dev.seamsim.http.JettyErrors;
import dev.seamsim.http.Json;
import dev.seamsim.http.ResponseHeaders;
import dev.seamsim.http.Rpc;
import dev.seamsim.pages.PageRoutes;
import dev.seamsim.spaces.SpaceRoutes;
import dev.seamsim.store.Workspaces;
import dev.seamsim.useridentities.UserIdentityRoutes;
import dev.seamsim.workspaces.WorkspaceRoutes;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.handler.GracefulHandler;

import jakarta.servlet.DispatcherType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The HTTP application: wire settings, one error mapper, and every route of the simulator in one list. */
final class SeamApp {
    private SeamApp() {}

    /** The server and the table of the routes it serves. */
    record Built(Javalin javalin, List<Rpc.RouteInfo> routes) {}

    /** {@code drain}: how long stopping waits for requests in progress; zero stops at once. */
    static Built create(ControlPlane control, String publicUrl, String adminToken, BodyLimits bodyLimits,
                        Duration drain) {
        skipJettyJmxProbe();
        Workspaces workspaces = control.workspaces();
        List<Rpc.RouteInfo> table = new ArrayList<>();
        Javalin javalin = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false; // dates its build at start-up: ~10 ms, no use here
            if (!drain.isZero()) {
                config.jetty.modifyServer(server -> { // Javalin puts its handler inside this one
                    server.setHandler(new GracefulHandler());
                    server.setStopTimeout(drain.toMillis());
                });
            }
            config.http.maxRequestSize = bodyLimits.largest(); // BodyLimits answers first, per route
            // Javalin copies every answer to Jetty through a new buffer of this size (by default Jetty's 32 KiB
            // output buffer: nearly half of the bytes a create allocated). Below Jetty's 8 KiB aggregation size,
            // answers up to 32 KiB are gathered and sent with a Content-Length (one larger write went out chunked).
            config.http.responseBufferSize = 4096;
            config.jetty.modifyServletContextHandler(handler ->
                    handler.addFilter(bodyLimits.filter(), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            JournalRecorder journal = new JournalRecorder(control::journal);
            config.routes.before(journal::before);
            config.routes.after(journal::after);
            config.routes.before(ResponseHeaders::add);
            if (adminToken != null) config.routes.before(ctx -> AdminRoutes.requireAdminToken(ctx, adminToken));
            config.routes.before(bodyLimits::refuseDeclaredOversize);
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
            rpc.serve();
            table.addAll(rpc.table());
        });
        return new Built(javalin, List.copyOf(table));
    }

    /**
     * Jetty pads its hot counters to a cache line, and to size the padding asks JMX whether compressed oops are
     * on, which starts the platform MBean server: a fifth of the jar's start-up on a busy machine. Answer from the
     * heap size instead (compressed oops below 32 GB, 4-byte references, 16 to a 64-byte line), unless set.
     */
    private static void skipJettyJmxProbe() {
        String key = "org.eclipse.jetty.util.referencesPerCacheLine"; // relocated with Jetty in the shaded jar
        if (System.getProperty(key) == null) {
            System.setProperty(key, Runtime.getRuntime().maxMemory() < (32L << 30) ? "16" : "8");
        }
    }
}
