package dev.seamsim.workspaces;

import dev.seamsim.http.Auth;
import dev.seamsim.http.Call;
import dev.seamsim.http.Rpc;
import io.javalin.http.HandlerType;

import java.util.Set;

/** /workspaces/get and /workspaces/list. */
public final class WorkspaceRoutes {
    private final Auth auth;

    private WorkspaceRoutes(Auth auth) {
        this.auth = auth;
    }

    public static void mount(Rpc rpc) {
        WorkspaceRoutes routes = new WorkspaceRoutes(rpc.auth());
        rpc.read("/workspaces/get", routes::get);
        // A personal access token may list its workspaces without naming one in seam-workspace.
        rpc.open("/workspaces/list", Set.of(HandlerType.GET, HandlerType.POST), routes::list);
    }

    private void get(Call call) {
        call.ok("workspace", WorkspaceView.of(call.workspace()));
    }

    private void list(Call call) {
        var reachable = auth.caller(call.ctx()).reachable();
        call.params().check();
        call.ok("workspaces", reachable.stream().map(WorkspaceView::of).toList());
    }
}
