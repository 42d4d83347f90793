package dev.seamsim.http;

import dev.seamsim.error.SeamException;
import dev.seamsim.store.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Registers Seam's RPC routes. Every route takes POST; reads also take GET, and delete/update/add routes also
 * take DELETE/PATCH/PUT, exactly as the OpenAPI document lists them. Other methods get a 405 Seam error.
 * <p>
 * Javalin sees one handler per method ({@link #serve()}), which finds the route by its exact path in a map:
 * Javalin itself would match each request against every registered path's regular expression in turn, and
 * compile one per path and method at start-up.
 */
public final class Rpc {
    /** A route's body: read from the call, change the workspace, answer through the call. */
    @FunctionalInterface
    public interface Route {
        void handle(Call call) throws Exception;
    }

    /** Runs after authentication and before a route's body (fault injection); {@code workspace} null on open routes. */
    @FunctionalInterface
    public interface Interceptor {
        void beforeRoute(Context ctx, Workspace workspace) throws Exception;
    }

    /** What a route is: an API route in a workspace, an open route (control, health), a page or a form target. */
    public enum Kind { WORKSPACE, OPEN, PAGE, FORM }

    /** One registered route, for tools and tests that must cover every route (fuzzing, isolation matrix). */
    public record RouteInfo(String path, Set<HandlerType> methods, Kind kind) {}

    private static final List<HandlerType> ALL =
            List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final RoutesConfig routes;
    private final Auth auth;
    private final String publicUrl;
    private final List<Interceptor> interceptors = new CopyOnWriteArrayList<>();
    private final List<RouteInfo> table = new CopyOnWriteArrayList<>();
    /** Path, then method, to handler; filled while mounting, only read once serving. */
    private final Map<String, Map<HandlerType, Handler>> byPath = new HashMap<>();

    public Rpc(RoutesConfig routes, Auth auth, String publicUrl) {
        this.routes = routes;
        this.auth = auth;
        this.publicUrl = publicUrl;
    }

    public Auth auth() { return auth; }

    /** Every route registered here, in registration order. */
    public List<RouteInfo> table() {
        return List.copyOf(table);
    }

    /** Adds a step that runs before every route registered here, after the caller is authenticated. */
    public void intercept(Interceptor interceptor) {
        interceptors.add(interceptor);
    }

    /** get/list routes: POST and GET. */
    public void read(String path, Route route) {
        register(path, Set.of(HandlerType.POST, HandlerType.GET), true, route);
    }

    /** create and action routes: POST only. */
    public void write(String path, Route route) {
        register(path, Set.of(HandlerType.POST), true, route);
    }

    public void delete(String path, Route route) {
        register(path, Set.of(HandlerType.POST, HandlerType.DELETE), true, route);
    }

    public void patch(String path, Route route) {
        register(path, Set.of(HandlerType.POST, HandlerType.PATCH), true, route);
    }

    public void put(String path, Route route) {
        register(path, Set.of(HandlerType.POST, HandlerType.PUT), true, route);
    }

    /** A route that needs no workspace (control endpoints, health, or routes that do their own auth). */
    public void open(String path, Set<HandlerType> methods, Route route) {
        register(path, Set.copyOf(methods), false, route);
    }

    /**
     * An HTML page for people (webview and instant key pages): GET only, no Seam auth. A path with a parameter
     * ({@code /ik/{access_method_id}}) goes to Javalin itself, which must see it before {@link #serve()}.
     */
    public void page(String path, Handler handler) {
        table.add(new RouteInfo(path, Set.of(HandlerType.GET), Kind.PAGE));
        if (path.contains("{")) routes.get(path, handler);
        else add(path, HandlerType.GET, handler);
    }

    /** An HTML form's target (POST, any body type, no Seam auth): the page reads its form parameters itself. */
    public void form(String path, Handler handler) {
        table.add(new RouteInfo(path, Set.of(HandlerType.POST), Kind.FORM));
        add(path, HandlerType.POST, handler);
    }

    /** Hands every request to the route registered for its path and method; call once, after every route. */
    public void serve() {
        for (HandlerType method : ALL) routes.addHttpHandler(method, "*", ctx -> dispatch(method, ctx));
    }

    private void register(String path, Set<HandlerType> methods, boolean needsWorkspace, Route route) {
        table.add(new RouteInfo(path, methods, needsWorkspace ? Kind.WORKSPACE : Kind.OPEN));
        for (HandlerType method : methods) {
            add(path, method, ctx -> {
                Workspace workspace = needsWorkspace ? auth.workspace(ctx) : null;
                for (Interceptor interceptor : interceptors) interceptor.beforeRoute(ctx, workspace);
                Call call = new Call(ctx, workspace, publicUrl);
                call.params(); // a malformed body is refused on every route, even one that reads no parameters
                route.handle(call);
            });
        }
    }

    private void add(String path, HandlerType method, Handler handler) {
        Handler previous = byPath.computeIfAbsent(path, p -> new HashMap<>()).put(method, handler);
        if (previous != null) throw new IllegalStateException(method + " " + path + " registered twice");
    }

    private void dispatch(HandlerType method, Context ctx) throws Exception {
        String path = ctx.path();
        Map<HandlerType, Handler> methods = byPath.get(path);
        if (methods == null && path.length() > 1 && path.endsWith("/")) { // as Javalin, a trailing slash is ignored
            methods = byPath.get(path.substring(0, path.length() - 1));
        }
        if (methods == null) throw ErrorHandlers.routeNotFound(ctx);
        Handler handler = methods.get(method);
        if (handler == null) {
            String allowed = String.join(",", new TreeSet<>(methods.keySet().stream().map(HandlerType::name).toList()));
            ctx.header("Allow", allowed);
            throw new SeamException(405, "method_not_allowed", "only " + allowed + " accepted");
        }
        handler.handle(ctx);
    }
}
