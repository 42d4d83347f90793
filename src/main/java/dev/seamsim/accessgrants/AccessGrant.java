package dev.seamsim.accessgrants;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.seamsim.store.TableDef;

import java.time.Instant;
import java.util.List;

/**
 * An access grant: a user identity's access to spaces and entrances for a time window, in its wire shape.
 * access_grant_key is unique within a workspace. {@code acsEntranceIds} are the entrances named directly.
 */
public record AccessGrant(String accessGrantId, String workspaceId, String userIdentityId,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String accessGrantKey,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String reservationKey, String name,
                          List<String> spaceIds, List<RequestedAccessMethod> requestedAccessMethods,
                          List<String> accessMethodIds, Instant startsAt, Instant endsAt, Instant createdAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String instantKeyUrl,
                          List<Object> errors, List<Object> warnings, List<Object> pendingMutations,
                          @JsonIgnore List<String> acsEntranceIds) {

    public static final TableDef<AccessGrant> TABLE = TableDef.of("access_grant", AccessGrant::accessGrantId)
            .unique("access_grant_key", AccessGrant::accessGrantKey)
            .index("user_identity_id", AccessGrant::userIdentityId)
            .index("reservation_key", AccessGrant::reservationKey)
            .indexEach("space_ids", AccessGrant::spaceIds)
            .indexEach("acs_entrance_ids", AccessGrant::acsEntranceIds);

    /** What the caller asked for, and which access methods were made for it. */
    public record RequestedAccessMethod(String mode, String displayName, Instant createdAt,
                                        List<String> createdAccessMethodIds,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) String code,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer instantKeyMaxUseCount) {}

    @JsonProperty("display_name")
    public String displayName() {
        return name != null ? name : "Access Grant";
    }

    /** Deprecated alias of space_ids that Seam still sends. */
    @JsonProperty("location_ids")
    public List<String> locationIds() {
        return spaceIds;
    }

    public AccessGrant with(String newKey, String newName, Instant newStartsAt, Instant newEndsAt) {
        return new AccessGrant(accessGrantId, workspaceId, userIdentityId, newKey, reservationKey, newName, spaceIds,
                requestedAccessMethods, accessMethodIds, newStartsAt, newEndsAt, createdAt, instantKeyUrl, errors,
                warnings, pendingMutations, acsEntranceIds);
    }

    /** The grant after access method {@code methodId} was deleted, with the instant key url that then applies. */
    public AccessGrant withoutMethod(String methodId, String newInstantKeyUrl) {
        List<RequestedAccessMethod> requested = requestedAccessMethods.stream()
                .map(r -> new RequestedAccessMethod(r.mode(), r.displayName(), r.createdAt(),
                        r.createdAccessMethodIds().stream().filter(id -> !id.equals(methodId)).toList(), r.code(),
                        r.instantKeyMaxUseCount()))
                .toList();
        return new AccessGrant(accessGrantId, workspaceId, userIdentityId, accessGrantKey, reservationKey, name,
                spaceIds, requested, accessMethodIds.stream().filter(id -> !id.equals(methodId)).toList(), startsAt,
                endsAt, createdAt, newInstantKeyUrl, errors, warnings, pendingMutations, acsEntranceIds);
    }

    public AccessGrant withoutEntrance(String entranceId) {
        return new AccessGrant(accessGrantId, workspaceId, userIdentityId, accessGrantKey, reservationKey, name,
                spaceIds, requestedAccessMethods, accessMethodIds, startsAt, endsAt, createdAt, instantKeyUrl, errors,
                warnings, pendingMutations, acsEntranceIds.stream().filter(id -> !id.equals(entranceId)).toList());
    }

    public AccessGrant withoutSpace(String spaceId) {
        return new AccessGrant(accessGrantId, workspaceId, userIdentityId, accessGrantKey, reservationKey, name,
                spaceIds.stream().filter(id -> !id.equals(spaceId)).toList(), requestedAccessMethods,
                accessMethodIds, startsAt, endsAt, createdAt, instantKeyUrl, errors, warnings, pendingMutations,
                acsEntranceIds);
    }
}
