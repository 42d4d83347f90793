package dev.seamsim.accessgrants;

import dev.seamsim.http.Call;
import dev.seamsim.http.Cursors;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Where;
import dev.seamsim.store.Workspace;

import java.util.List;
import java.util.function.Predicate;

/** /access_methods/*: get, list, delete. Access methods are issued by /access_grants/create. */
public final class AccessMethodRoutes {
    private AccessMethodRoutes() {}

    public static void mount(Rpc rpc) {
        rpc.read("/access_methods/get", AccessMethodRoutes::get);
        rpc.read("/access_methods/list", AccessMethodRoutes::list);
        rpc.delete("/access_methods/delete", AccessMethodRoutes::delete);
    }

    private static void get(Call call) {
        String id = call.params().requiredUuid("access_method_id");
        call.params().check();
        Workspace ws = call.workspace();
        call.ok("access_method", ws.read(() -> ws.table(AccessMethod.TABLE).require(id)));
    }

    /** Paginated although spec 1.977.0 says otherwise: the official SDK's paginator expects it. */
    private static void list(Call call) {
        Params p = call.params();
        String grantId = p.uuid("access_grant_id");
        String grantKey = p.nonEmptyString("access_grant_key");
        String entranceId = p.uuid("acs_entrance_id");
        String spaceId = p.uuid("space_id");
        String deviceId = p.uuid("device_id");
        String accessCodeId = p.uuid("access_code_id");
        if (grantId == null && grantKey == null && entranceId == null && spaceId == null && deviceId == null
                && accessCodeId == null) {
            p.problem("access_grant_id", "Provide at least one of access_grant_id, access_grant_key, "
                    + "acs_entrance_id, space_id, device_id or access_code_id");
        }
        Cursors.Position at = call.pagePosition(500);
        p.check();
        Workspace ws = call.workspace();
        call.okPage("access_methods", ws.read(() -> {
            GrantReach reach = new GrantReach(ws);
            Predicate<AccessGrant> grantFilter = g -> (grantId == null || grantId.equals(g.accessGrantId()))
                    && (grantKey == null || grantKey.equals(g.accessGrantKey()))
                    && (entranceId == null || reach.entrances(g).contains(entranceId))
                    && (spaceId == null || g.spaceIds().contains(spaceId))
                    && deviceId == null && accessCodeId == null; // no devices or access codes are simulated
            Predicate<AccessMethod> filter = m -> ws.table(AccessGrant.TABLE).find(m.accessGrantId())
                    .map(grantFilter::test).orElse(false);
            return ws.table(AccessMethod.TABLE).page(methodsOfGrants(ws, grantId, grantKey, spaceId), filter,
                    at.after(), at.limit());
        }));
    }

    /** The methods of the grants the grant-level filters name, through the indexes; all methods when none is given. */
    private static Where methodsOfGrants(Workspace ws, String grantId, String grantKey, String spaceId) {
        Where grants = Where.all().and(Where.ID, grantId).and("access_grant_key", grantKey).and("space_ids", spaceId);
        if (!grants.narrows()) return grants;
        return Where.all().andAnyOf("access_grant_id",
                ws.table(AccessGrant.TABLE).matching(grants).map(AccessGrant::accessGrantId).toList());
    }

    /** Deletes one method (access_method_id), or all methods of a grant (access_grant_id) or reservation. */
    private static void delete(Call call) {
        Params p = call.params();
        String id = p.uuid("access_method_id");
        String grantId = p.uuid("access_grant_id");
        String reservationKey = p.nonEmptyString("reservation_key");
        if (!p.present("access_method_id") && !p.present("access_grant_id") && !p.present("reservation_key")) {
            p.problem("access_method_id", "Required");
        }
        p.check();
        Workspace ws = call.workspace();
        ws.write(() -> {
            List<AccessMethod> doomed;
            if (id != null) {
                doomed = List.of(ws.table(AccessMethod.TABLE).require(id));
            } else {
                List<String> grantIds = grantId != null
                        ? List.of(ws.table(AccessGrant.TABLE).require(grantId).accessGrantId())
                        : ws.table(AccessGrant.TABLE).where("reservation_key", reservationKey).stream()
                                .map(AccessGrant::accessGrantId).toList();
                doomed = ws.table(AccessMethod.TABLE).matching(Where.all().andAnyOf("access_grant_id", grantIds)).toList();
            }
            doomed.forEach(m -> AccessGrantCleanup.deleteMethod(ws, m));
        });
        call.ok();
    }
}
