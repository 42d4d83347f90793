package dev.seamsim.accessgrants;

import dev.seamsim.error.SeamException;
import dev.seamsim.http.Params;
import dev.seamsim.store.Workspace;

/** An access grant named by access_grant_id or access_grant_key; when both are given they must agree. */
record GrantRef(String id, String key) {
    static GrantRef read(Params p) {
        String id = p.uuid("access_grant_id");
        String key = p.string("access_grant_key");
        if (!p.present("access_grant_id") && !p.present("access_grant_key")) p.problem("access_grant_id", "Required");
        return new GrantRef(id, key);
    }

    AccessGrant require(Workspace ws) {
        AccessGrant g = id != null ? ws.table(AccessGrant.TABLE).require(id)
                : ws.table(AccessGrant.TABLE).requireByUnique("access_grant_key", key);
        if (key != null && !key.equals(g.accessGrantKey())) throw SeamException.notFound("access_grant");
        return g;
    }
}
