package dev.seamsim.accessgrants;

import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.error.SeamException;
import dev.seamsim.http.Params;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.Workspace;
import dev.seamsim.useridentities.UserIdentity;
import dev.seamsim.useridentities.UserIdentityFields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parameters of /access_grants/create, checked, and resolved against a workspace inside its write. */
record GrantRequest(String userIdentityId, UserIdentityFields newUserIdentity, List<String> spaceIds,
                    List<String> spaceKeys, List<String> entranceIds, List<String> deviceIds,
                    List<AccessMethodIssuer.Wanted> methods, String accessGrantKey, String reservationKey,
                    String name, Instant startsAt, Instant endsAt) {

    static GrantRequest read(Params p, Instant now) {
        String userIdentityId = p.uuid("user_identity_id");
        Params inline = p.object("user_identity");
        UserIdentityFields newUser = inline == null ? null : UserIdentityFields.read(inline);
        if (userIdentityId != null && inline != null) {
            p.problem("user_identity", "Provide either user_identity_id or user_identity, not both");
        } else if (inline == null) {
            p.required("user_identity_id"); // also when sent as null; an invalid uuid was noted by uuid()
        }
        List<String> spaceIds = orEmpty(p.uuids("space_ids"));
        List<String> locationIds = orEmpty(p.uuids("location_ids"));
        List<String> spaceKeys = orEmpty(p.strings("space_keys"));
        Params location = p.object("location"); // the deprecated form of acs_entrance_ids and device_ids
        List<String> entranceIds = union(orEmpty(p.uuids("acs_entrance_ids")),
                location == null ? List.of() : orEmpty(location.uuids("acs_entrance_ids")));
        List<String> deviceIds = union(orEmpty(p.uuids("device_ids")),
                location == null ? List.of() : orEmpty(location.uuids("device_ids")));
        if (spaceIds.isEmpty() && locationIds.isEmpty() && spaceKeys.isEmpty() && entranceIds.isEmpty()
                && deviceIds.isEmpty()) {
            p.problem("space_ids", "Provide at least one of space_ids, space_keys, acs_entrance_ids or device_ids");
        }
        List<AccessMethodIssuer.Wanted> methods = AccessMethodIssuer.read(p);
        Instant startsAt = p.dateTime("starts_at");
        Instant endsAt = p.dateTime("ends_at");
        GrantRequest request = new GrantRequest(userIdentityId, newUser, union(spaceIds, locationIds), spaceKeys,
                entranceIds, deviceIds, methods, p.nonEmptyString("access_grant_key"), p.string("reservation_key"),
                p.string("name"), startsAt == null ? now : startsAt, endsAt);
        String windowProblem = windowProblem(request.startsAt(), endsAt, now);
        if (windowProblem != null) p.problem("ends_at", windowProblem);
        return request;
    }

    /** Throws invalid_input when ends_at is not after starts_at and in the future. */
    static void checkWindow(Instant startsAt, Instant endsAt, Instant now) {
        String problem = windowProblem(startsAt, endsAt, now);
        if (problem == null) return;
        throw new SeamException(400, "invalid_input", problem + " for \"ends_at\"", Map.of("validation_errors",
                Map.of("_errors", List.of(), "ends_at", Map.of("_errors", List.of(problem)))));
    }

    private static String windowProblem(Instant startsAt, Instant endsAt, Instant now) {
        if (endsAt == null) return null;
        if (!endsAt.isAfter(startsAt)) return "ends_at must be after starts_at";
        if (!endsAt.isAfter(now)) return "ends_at must be in the future";
        return null;
    }

    String resolveUserIdentity(Workspace ws) {
        if (newUserIdentity != null) return newUserIdentity.create(ws).userIdentityId();
        return ws.table(UserIdentity.TABLE).require(userIdentityId).userIdentityId();
    }

    List<String> resolveSpaces(Workspace ws) {
        Set<String> ids = new LinkedHashSet<>();
        spaceIds.forEach(id -> ids.add(ws.table(Space.TABLE).require(id).spaceId()));
        spaceKeys.forEach(key -> ids.add(ws.table(Space.TABLE).requireByUnique("space_key", key).spaceId()));
        return List.copyOf(ids);
    }

    List<String> resolveEntrances(Workspace ws) {
        if (!deviceIds.isEmpty()) throw SeamException.notFound("device"); // no devices are simulated yet
        entranceIds.forEach(id -> ws.table(AcsEntrance.TABLE).require(id));
        return List.copyOf(new LinkedHashSet<>(entranceIds));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }
}
