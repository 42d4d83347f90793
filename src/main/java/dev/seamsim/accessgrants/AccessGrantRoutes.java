package dev.seamsim.accessgrants;

import dev.seamsim.accessgrants.AccessGrant.RequestedAccessMethod;
import dev.seamsim.http.Call;
import dev.seamsim.http.Cursors;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Where;
import dev.seamsim.store.Workspace;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** /access_grants/*: create, get, list, update, delete. */
public final class AccessGrantRoutes {
    private AccessGrantRoutes() {}

    public static void mount(Rpc rpc) {
        rpc.write("/access_grants/create", AccessGrantRoutes::create);
        rpc.read("/access_grants/get", AccessGrantRoutes::get);
        rpc.read("/access_grants/list", AccessGrantRoutes::list);
        rpc.patch("/access_grants/update", AccessGrantRoutes::update);
        rpc.delete("/access_grants/delete", AccessGrantRoutes::delete);
    }

    private static void create(Call call) {
        GrantRequest request = GrantRequest.read(call.params(), call.workspace().now());
        call.params().check();
        Workspace ws = call.workspace();
        String publicUrl = call.publicUrl();
        AccessGrant grant = ws.write(() -> {
            String userIdentityId = request.resolveUserIdentity(ws);
            List<String> spaceIds = request.resolveSpaces(ws);
            List<String> entranceIds = request.resolveEntrances(ws);
            String grantId = ws.newId();
            List<RequestedAccessMethod> requested = AccessMethodIssuer.issue(ws, grantId, request.methods(), publicUrl);
            List<String> methodIds = requested.stream().flatMap(r -> r.createdAccessMethodIds().stream()).toList();
            String instantKeyUrl = AccessMethodIssuer.grantInstantKeyUrl(ws, grantId);
            return ws.table(AccessGrant.TABLE).insert(new AccessGrant(grantId, ws.id(), userIdentityId,
                    request.accessGrantKey(), request.reservationKey(), request.name(), spaceIds, requested,
                    methodIds, request.startsAt(), request.endsAt(), ws.now(), instantKeyUrl, List.of(), List.of(),
                    List.of(), entranceIds));
        });
        call.ok("access_grant", grant);
    }

    private static void get(Call call) {
        GrantRef ref = GrantRef.read(call.params());
        call.params().check();
        Workspace ws = call.workspace();
        call.ok("access_grant", ws.read(() -> ref.require(ws)));
    }

    private static void list(Call call) {
        Params p = call.params();
        String userIdentityId = p.uuid("user_identity_id");
        String spaceId = p.uuid("space_id");
        String locationId = p.uuid("location_id");
        String key = p.string("access_grant_key");
        String systemId = p.uuid("acs_system_id");
        String entranceId = p.uuid("acs_entrance_id");
        String customerKey = p.string("customer_key");
        String reservationKey = p.string("reservation_key");
        List<String> ids = p.uuids("access_grant_ids");
        String deviceId = p.uuid("device_id");
        String accessCodeId = p.uuid("access_code_id");
        Cursors.Position at = call.pagePosition(500);
        p.check();
        Set<String> wanted = ids == null ? null : Set.copyOf(ids);
        Workspace ws = call.workspace();
        call.okPage("access_grants", ws.read(() -> {
            GrantReach reach = new GrantReach(ws);
            Predicate<AccessGrant> filter = g -> (userIdentityId == null || userIdentityId.equals(g.userIdentityId()))
                    && (spaceId == null || g.spaceIds().contains(spaceId))
                    && (locationId == null || g.spaceIds().contains(locationId))
                    && (key == null || key.equals(g.accessGrantKey()))
                    && (reservationKey == null || reservationKey.equals(g.reservationKey()))
                    && (wanted == null || wanted.contains(g.accessGrantId()))
                    && deviceId == null && accessCodeId == null // no devices or access codes are simulated
                    && (entranceId == null || reach.entrances(g).contains(entranceId))
                    && (systemId == null || reach.systems(g).contains(systemId))
                    && (customerKey == null || reach.customerKeys(g).contains(customerKey));
            // Entrance, system and customer_key are reached through spaces and entrances: those filters scan.
            Where where = Where.all().and("user_identity_id", userIdentityId).and("space_ids", spaceId)
                    .and("space_ids", locationId).and("access_grant_key", key).and("reservation_key", reservationKey)
                    .andAnyOf(Where.ID, wanted);
            return ws.table(AccessGrant.TABLE).page(where, filter, at.after(), at.limit());
        }));
    }

    /** Identified by access_grant_id (then access_grant_key, if given, becomes its new key) or by the key alone. */
    private static void update(Call call) {
        Params p = call.params();
        String id = p.uuid("access_grant_id");
        String key = p.nonEmptyString("access_grant_key");
        if (!p.present("access_grant_id") && !p.present("access_grant_key")) p.problem("access_grant_id", "Required");
        String name = p.string("name");
        Instant startsAt = p.dateTime("starts_at");
        Instant endsAt = p.dateTime("ends_at");
        p.check();
        Workspace ws = call.workspace();
        ws.write(() -> {
            AccessGrant g = id != null ? ws.table(AccessGrant.TABLE).require(id)
                    : ws.table(AccessGrant.TABLE).requireByUnique("access_grant_key", key);
            Instant newStart = startsAt != null ? startsAt : g.startsAt();
            Instant newEnd = p.has("ends_at") ? endsAt : g.endsAt();
            GrantRequest.checkWindow(newStart, newEnd, ws.now());
            return ws.table(AccessGrant.TABLE).update(g.with(id != null && key != null ? key : g.accessGrantKey(),
                    p.has("name") ? name : g.name(), newStart, newEnd));
        });
        call.ok();
    }

    private static void delete(Call call) {
        String id = call.params().requiredUuid("access_grant_id");
        call.params().check();
        Workspace ws = call.workspace();
        ws.write(() -> AccessGrantCleanup.deleteGrant(ws, ws.table(AccessGrant.TABLE).require(id)));
        call.ok();
    }
}
