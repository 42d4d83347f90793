package dev.seamsim.accessgrants;

import dev.seamsim.store.Table;
import dev.seamsim.store.Workspace;

/** What goes when an access grant, or something it names, is deleted. Call inside a workspace write. */
public final class AccessGrantCleanup {
    private AccessGrantCleanup() {}

    public static void deleteGrant(Workspace ws, AccessGrant grant) {
        Table<AccessMethod> methods = ws.table(AccessMethod.TABLE);
        grant.accessMethodIds().forEach(id -> methods.find(id).ifPresent(m -> methods.delete(id)));
        ws.table(AccessGrant.TABLE).delete(grant.accessGrantId());
    }

    public static void deleteGrantsOf(Workspace ws, String userIdentityId) {
        ws.table(AccessGrant.TABLE).where("user_identity_id", userIdentityId).forEach(g -> deleteGrant(ws, g));
    }

    /** A deleted space no longer appears in any grant's space_ids. */
    public static void forgetSpace(Workspace ws, String spaceId) {
        Table<AccessGrant> grants = ws.table(AccessGrant.TABLE);
        grants.where("space_ids", spaceId).forEach(g -> grants.update(g.withoutSpace(spaceId)));
    }

    /** A deleted entrance no longer counts as one a grant names directly. */
    public static void forgetEntrance(Workspace ws, String entranceId) {
        Table<AccessGrant> grants = ws.table(AccessGrant.TABLE);
        grants.where("acs_entrance_ids", entranceId).forEach(g -> grants.update(g.withoutEntrance(entranceId)));
    }

    public static void deleteMethod(Workspace ws, AccessMethod method) {
        ws.table(AccessMethod.TABLE).delete(method.accessMethodId());
        Table<AccessGrant> grants = ws.table(AccessGrant.TABLE);
        grants.find(method.accessGrantId()).ifPresent(g -> grants.update(g.withoutMethod(method.accessMethodId(),
                AccessMethodIssuer.grantInstantKeyUrl(ws, g.accessGrantId()))));
    }
}
