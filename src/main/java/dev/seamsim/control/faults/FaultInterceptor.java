package dev.seamsim.control.faults;

import dev.seamsim.error.SeamException;
import dev.seamsim.http.Auth;
import dev.seamsim.http.PathPattern;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Workspace;
import io.javalin.http.Context;

/**
 * Runs the faults before each Seam API route, after authentication (so an unauthenticated call still gets its 401,
 * as from the real service). Never on /_fake/* or /health, so a broad fault cannot lock out its own removal.
 */
public final class FaultInterceptor implements Rpc.Interceptor {
    private final Faults faults;
    private final Auth auth;

    public FaultInterceptor(Faults faults, Auth auth) {
        this.faults = faults;
        this.auth = auth;
    }

    @Override
    public void beforeRoute(Context ctx, Workspace workspace) throws Exception {
        String path = PathPattern.normalize(ctx.path());
        if (path.startsWith("/_fake/") || path.equals("/health")) return;
        faults.apply(ctx.method().name(), path, () -> workspace != null ? workspace.id() : workspaceOfOpenRoute(ctx));
    }

    /** A route that authenticates by itself (/workspaces/list): its workspace, if the caller names one. */
    private String workspaceOfOpenRoute(Context ctx) {
        try {
            Workspace ws = auth.caller(ctx).workspace();
            return ws == null ? null : ws.id();
        } catch (SeamException e) {
            return null;
        }
    }
}
