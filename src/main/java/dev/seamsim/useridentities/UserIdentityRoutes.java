package dev.seamsim.useridentities;

import dev.seamsim.accessgrants.AccessGrantCleanup;
import dev.seamsim.error.SeamException;
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

/** /user_identities/*: create, get, list, update, delete. */
public final class UserIdentityRoutes {
    private UserIdentityRoutes() {}

    public static void mount(Rpc rpc) {
        rpc.write("/user_identities/create", UserIdentityRoutes::create);
        rpc.read("/user_identities/get", UserIdentityRoutes::get);
        rpc.read("/user_identities/list", UserIdentityRoutes::list);
        rpc.patch("/user_identities/update", UserIdentityRoutes::update);
        rpc.delete("/user_identities/delete", UserIdentityRoutes::delete);
    }

    private static void create(Call call) {
        Params p = call.params();
        UserIdentityFields fields = UserIdentityFields.read(p);
        List<String> systemIds = p.uuids("acs_system_ids");
        if (systemIds != null && !systemIds.isEmpty()) {
            p.problem("acs_system_ids", "The simulator does not create ACS users for user identities yet");
        }
        p.check();
        Workspace ws = call.workspace();
        call.ok("user_identity", ws.write(() -> fields.create(ws)));
    }

    private static void get(Call call) {
        Params p = call.params();
        String id = p.uuid("user_identity_id");
        String key = p.string("user_identity_key");
        if (!p.present("user_identity_id") && !p.present("user_identity_key")) p.problem("user_identity_id", "Required");
        p.check();
        Workspace ws = call.workspace();
        call.ok("user_identity", ws.read(() -> {
            UserIdentity u = id != null ? ws.table(UserIdentity.TABLE).require(id)
                    : ws.table(UserIdentity.TABLE).requireByUnique("user_identity_key", key);
            if (key != null && !key.equals(u.userIdentityKey())) throw SeamException.notFound("user_identity");
            return u;
        }));
    }

    private static void list(Call call) {
        Params p = call.params();
        String search = p.string("search");
        Instant createdBefore = p.dateTime("created_before");
        List<String> ids = p.uuids("user_identity_ids");
        // The simulator makes no ACS users, so no identity has one in a credential manager system.
        String credentialManagerId = p.uuid("credential_manager_acs_system_id");
        Cursors.Position at = call.pagePosition(500);
        p.check();
        Set<String> wanted = ids == null ? null : Set.copyOf(ids);
        String needle = search == null || search.isEmpty() ? null : search.toLowerCase();
        Predicate<UserIdentity> filter = u -> credentialManagerId == null && (wanted == null || wanted.contains(u.userIdentityId()))
                && (createdBefore == null || u.createdAt().isBefore(createdBefore))
                && (needle == null || contains(u.fullName(), needle) || contains(u.emailAddress(), needle)
                    || contains(u.phoneNumber(), needle) || contains(u.userIdentityKey(), needle)
                    || u.userIdentityId().equals(search));
        Workspace ws = call.workspace();
        Where where = Where.all().andAnyOf(Where.ID, wanted);
        call.okPage("user_identities",
                ws.read(() -> ws.table(UserIdentity.TABLE).page(where, filter, at.after(), at.limit())));
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase().contains(needle);
    }

    private static void update(Call call) {
        Params p = call.params();
        String id = p.requiredUuid("user_identity_id");
        UserIdentityFields fields = UserIdentityFields.read(p);
        p.check();
        Workspace ws = call.workspace();
        ws.write(() -> ws.table(UserIdentity.TABLE).update(fields.applyTo(ws.table(UserIdentity.TABLE).require(id))));
        call.ok();
    }

    /** Deleting a user identity also deletes its access grants and their access methods. */
    private static void delete(Call call) {
        String id = call.params().requiredUuid("user_identity_id");
        call.params().check();
        Workspace ws = call.workspace();
        ws.write(() -> {
            ws.table(UserIdentity.TABLE).delete(id);
            AccessGrantCleanup.deleteGrantsOf(ws, id);
        });
        call.ok();
    }
}
