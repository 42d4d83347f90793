package dev.seamsim.control.faults;

import dev.seamsim.error.SeamException;
import dev.seamsim.http.Call;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import io.javalin.http.HandlerType;

import java.util.List;
import java.util.Set;

/** /_fake/faults (GET lists, POST adds, DELETE clears all or one) and /_fake/simulate_workspace_outage (POST, DELETE). */
public final class FaultRoutes {
    private final Faults faults;

    private FaultRoutes(Faults faults) {
        this.faults = faults;
    }

    public static void mount(Rpc rpc, Faults faults) {
        FaultRoutes routes = new FaultRoutes(faults);
        rpc.open("/_fake/faults", Set.of(HandlerType.GET, HandlerType.POST, HandlerType.DELETE), routes::faults);
        rpc.open("/_fake/simulate_workspace_outage", Set.of(HandlerType.POST, HandlerType.DELETE), routes::outage);
    }

    private void faults(Call call) {
        HandlerType method = call.ctx().method();
        if (method == HandlerType.GET) {
            call.params().check();
            call.ok("faults", faults.list());
        } else if (method == HandlerType.POST) {
            call.ok("fault", faults.add(spec(call.params())));
        } else {
            Params p = call.params();
            String faultId = p.nonEmptyString("fault_id");
            p.check();
            if (faultId == null) faults.clear();
            else if (!faults.remove(faultId)) throw SeamException.notFound("fault");
            call.ok();
        }
    }

    /** The body of POST /_fake/faults; types are checked here, the rules by {@link FaultSpec#problems()}. */
    private static FaultSpec spec(Params p) {
        String path = p.requiredString("path");
        String method = p.nonEmptyString("method");
        String workspaceId = p.uuid("workspace_id");
        Integer delay = p.count("delay_ms");
        Integer min = p.count("delay_ms_min");
        Integer max = p.count("delay_ms_max");
        Integer status = p.count("status");
        String errorType = p.string("error_type");
        String message = p.string("message");
        Integer times = p.count("times");
        if (p.present("delay_ms") && (p.present("delay_ms_min") || p.present("delay_ms_max"))) {
            p.problem("delay_ms", "Give delay_ms, or delay_ms_min and delay_ms_max, not both");
        }
        p.check();
        FaultSpec spec = FaultSpec.on(path).method(method).workspace(workspaceId).status(status)
                .errorType(errorType).message(message).times(times);
        return delay != null ? spec.delayMs(delay) : spec.delayMs(min, max);
    }

    /** fake-seam-connect's {"workspace_id", "routes": [...]}; DELETE (optionally with workspace_id) ends outages. */
    private void outage(Call call) {
        Params p = call.params();
        if (call.ctx().method() == HandlerType.DELETE) {
            String workspaceId = p.uuid("workspace_id");
            p.check();
            faults.clearOutages(workspaceId);
            call.ok();
            return;
        }
        String workspaceId = p.requiredUuid("workspace_id");
        p.required("routes");
        List<String> routes = p.strings("routes");
        p.check();
        call.ok("faults", faults.simulateWorkspaceOutage(workspaceId, routes));
    }
}
