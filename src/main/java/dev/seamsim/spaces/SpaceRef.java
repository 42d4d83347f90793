package dev.seamsim.spaces;

import dev.seamsim.error.SeamException;
import dev.seamsim.http.Params;
import dev.seamsim.store.Workspace;

/** A space named by space_id or by space_key, as /spaces/get accepts; when both are given they must agree. */
record SpaceRef(String id, String key) {
    static SpaceRef read(Params p) {
        String id = p.uuid("space_id");
        String key = p.string("space_key");
        if (!p.present("space_id") && !p.present("space_key")) p.problem("space_id", "Required");
        return new SpaceRef(id, key);
    }

    Space require(Workspace ws) {
        Space space = id != null ? ws.table(Space.TABLE).require(id) : ws.table(Space.TABLE).requireByUnique("space_key", key);
        if (key != null && !key.equals(space.spaceKey())) throw SeamException.notFound("space");
        return space;
    }
}
