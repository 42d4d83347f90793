package dev.seamsim.control;

import dev.seamsim.http.Call;
import dev.seamsim.http.RequestBody;
import dev.seamsim.http.Rpc;
import dev.seamsim.state.Snapshot;
import io.javalin.http.HandlerType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * /_fake/database: GET exports the state (?workspace_id= for one workspace), PUT or POST imports a state document.
 * The ControlPlane does the work, as it does for SeamSimulator.exportState/importState.
 */
public final class DatabaseRoutes {
    private DatabaseRoutes() {}

    public static void mount(Rpc rpc, ControlPlane control) {
        rpc.open("/_fake/database", Set.of(HandlerType.GET, HandlerType.PUT, HandlerType.POST), call -> handle(call, control));
    }

    private static void handle(Call call, ControlPlane control) {
        String workspaceId = call.params().uuid("workspace_id");
        call.params().check();
        if (call.ctx().method() == HandlerType.GET) {
            call.ctx().contentType("application/json").result(control.exportState(workspaceId));
            return;
        }
        Snapshot state = control.importState(RequestBody.text(call.ctx()), workspaceId);
        Map<String, Object> imported = new LinkedHashMap<>();
        imported.put("scope", state.scope().name().toLowerCase());
        imported.put("workspace_ids", state.workspaces().stream().map(l -> l.workspace().id()).toList());
        imported.put("rows", state.rows());
        call.ok("imported", imported);
    }
}
