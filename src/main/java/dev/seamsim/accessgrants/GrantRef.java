package dev.seamsim.accessgrants;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamsim.error.SeamException;
import dev.seamsim.http.Params;
import dev.seamsim.store.Workspace;

/** An access grant named by access_grant_id or access_grant_key; when both are given they must agree. */
record GrantRef(String id, String key) {
    static GrantRef read(Params p) {
        String id = p.uuid("access_grant_id");
        String key = p.string("access_grant_key");
        if (!sent(p, "access_grant_id") && !sent(p, "access_grant_key")) p.problem("access_grant_id", "Required");
        return new GrantRef(id, key);
    }

    /** Whether a value was sent: not absent, not null, and not the empty text the SDK sends for null in a query. */
    private static boolean sent(Params p, String name) {
        JsonNode v = p.raw().get(name);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty());
    }

    AccessGrant require(Workspace ws) {
        AccessGrant g = id != null ? ws.table(AccessGrant.TABLE).require(id)
                : ws.table(AccessGrant.TABLE).requireByUnique("access_grant_key", key);
        if (key != null && !key.equals(g.accessGrantKey())) throw SeamException.notFound("access_grant");
        return g;
    }
}
