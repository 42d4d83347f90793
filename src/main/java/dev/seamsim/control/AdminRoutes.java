package dev.seamsim.control;

import dev.seamsim.error.SeamException;
import dev.seamsim.http.Call;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Workspace;
import dev.seamsim.workspaces.WorkspaceView;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** /_fake/reset, /_fake/workspaces, /_fake/default_seed and /_fake/clock: the ControlPlane over HTTP. */
public final class AdminRoutes {
    private final ControlPlane control;

    private AdminRoutes(ControlPlane control) {
        this.control = control;
    }

    public static void mount(Rpc rpc, ControlPlane control) {
        AdminRoutes routes = new AdminRoutes(control);
        rpc.open("/_fake/reset", Set.of(HandlerType.POST), routes::reset);
        rpc.open("/_fake/workspaces", Set.of(HandlerType.GET, HandlerType.POST), routes::workspaces);
        rpc.open("/_fake/default_seed", Set.of(HandlerType.GET), routes::defaultSeed);
        rpc.open("/_fake/clock", Set.of(HandlerType.GET, HandlerType.POST), routes::clock);
    }

    /** The whole simulator back to its fixtures, or with {"workspace_id"} just that workspace. */
    private void reset(Call call) {
        String workspaceId = call.params().uuid("workspace_id");
        call.params().check();
        if (workspaceId == null) control.reset();
        else control.resetWorkspace(workspaceId);
        call.ok();
    }

    /** GET lists every workspace with its API keys; POST {name?, api_key?, empty?} makes one. */
    private void workspaces(Call call) {
        if (call.ctx().method() == HandlerType.GET) {
            List<Map<String, Object>> all = control.workspaces().all().stream()
                    .map(ws -> described(ws, control.apiKeysOf(ws.id()))).toList();
            call.ok("workspaces", all);
            return;
        }
        Params p = call.params();
        String name = p.nonEmptyString("name");
        String apiKey = p.nonEmptyString("api_key");
        if (apiKey != null && !AutoWorkspaces.isApiKey(apiKey)) p.problem("api_key", AutoWorkspaces.API_KEY_RULE);
        Boolean empty = p.bool("empty");
        p.check();
        ControlPlane.NewWorkspace made = control.createWorkspace(name, apiKey, empty == null || !empty);
        Map<String, Object> body = new LinkedHashMap<>(described(made.workspace(), List.of(made.apiKey())));
        body.put("api_key", made.apiKey());
        call.ok("workspace", body);
    }

    private static Map<String, Object> described(Workspace ws, List<String> apiKeys) {
        Map<String, Object> out = new LinkedHashMap<>();
        WorkspaceView view = WorkspaceView.of(ws);
        out.put("workspace_id", view.workspaceId());
        out.put("name", view.name());
        out.put("company_name", view.companyName());
        out.put("is_sandbox", view.isSandbox());
        out.put("api_keys", apiKeys);
        return out;
    }

    private void defaultSeed(Call call) {
        Map<String, Object> body = new LinkedHashMap<>(control.defaultSeed());
        body.put("ok", true);
        call.ctx().json(body);
    }

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final String CLOCK_RANGE = "The clock must stay between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    /** GET reads the clock; POST {"now": ISO-8601} sets it or {"advance_seconds": n} moves it on. */
    private void clock(Call call) {
        if (call.ctx().method() == HandlerType.POST) {
            Params p = call.params();
            Instant now = p.dateTime("now");
            Integer seconds = p.count("advance_seconds");
            if (now == null && seconds == null) p.problem("now", "Provide now or advance_seconds");
            // Timestamps are written as ISO-8601 with four-digit years; past that, adding time overflows Instant.
            if (now != null && (now.isBefore(EARLIEST) || now.isAfter(LATEST))) p.problem("now", CLOCK_RANGE);
            Instant from = now != null ? now : control.clock().instant();
            if (seconds != null && seconds > Duration.between(from, LATEST).getSeconds()) p.problem("advance_seconds", CLOCK_RANGE);
            p.check();
            if (now != null) control.clock().set(now);
            if (seconds != null) control.clock().advance(Duration.ofSeconds(seconds));
        }
        Map<String, Object> clock = new LinkedHashMap<>();
        clock.put("now", control.clock().instant());
        clock.put("frozen", control.clock().isFrozen());
        call.ok("clock", clock);
    }

    /**
     * With --admin-token, every /_fake/* call must carry "Authorization: Bearer <token>"; a CORS preflight
     * (OPTIONS) is let through, as browsers send it without credentials. A browser cannot set that header on a
     * link, so the dashboard (GET /_fake/ui, read-only) also takes the token as {@code ?admin_token=}.
     */
    public static void requireAdminToken(io.javalin.http.Context ctx, String adminToken) {
        if (!ctx.path().startsWith("/_fake/") || ctx.method() == HandlerType.OPTIONS) return;
        if (ctx.method() == HandlerType.GET && ctx.path().equals("/_fake/ui")
                && sameSecret(adminToken, ctx.queryParam("admin_token"))) return;
        String header = ctx.header("Authorization");
        if (header == null || !sameSecret("Bearer " + adminToken, header)) {
            throw SeamException.unauthorized("This simulator's /_fake/* endpoints need \"Authorization: Bearer <admin token>\"");
        }
    }

    /** Compared in constant time, so that response times do not reveal how much of a guess was right. */
    private static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
