package dev.seamsim.control.journal;

import dev.seamsim.http.Call;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import io.javalin.http.HandlerType;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** GET /_fake/requests (filters: workspace_id, path, status, method, limit; newest first) and DELETE to clear. */
public final class JournalRoutes {
    static final String PATH = "/_fake/requests";
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private JournalRoutes() {}

    public static void mount(Rpc rpc, Supplier<RequestJournal> journal) {
        rpc.open(PATH, Set.of(HandlerType.GET, HandlerType.DELETE), call -> {
            if (call.ctx().method() == HandlerType.DELETE) {
                call.params().check();
                journal.get().clear();
                call.ok();
            } else {
                call.ok("requests", journal.get().find(query(call)));
            }
        });
    }

    private static JournalQuery query(Call call) {
        Params p = call.params();
        String workspaceId = p.nonEmptyString("workspace_id");
        String path = p.nonEmptyString("path");
        Integer status = p.count("status");
        String method = p.nonEmptyString("method");
        Integer limit = p.count("limit");
        if (method != null && !METHODS.contains(method.toUpperCase())) {
            p.problem("method", "Expected one of " + String.join(", ", METHODS));
        }
        if (limit != null && limit < 1) p.problem("limit", "Number must be greater than or equal to 1");
        p.check();
        return new JournalQuery(workspaceId, path, status, method, limit != null ? limit : JournalQuery.DEFAULT_LIMIT);
    }
}
