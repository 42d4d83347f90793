package dev.seamsim.connectedaccounts;

import dev.seamsim.accessgrants.AccessGrantCleanup;
import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.acs.AcsSystem;
import dev.seamsim.error.SeamException;
import dev.seamsim.http.Call;
import dev.seamsim.http.Cursors;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import dev.seamsim.spaces.SpaceEntrances;
import dev.seamsim.store.Where;
import dev.seamsim.store.Workspace;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** /connected_accounts/*: get, list, update, delete. Accounts are created by completing a Connect Webview. */
public final class ConnectedAccountRoutes {
    private static final List<String> CAPABILITIES = List.of("lock", "thermostat", "noise_sensor", "access_control", "camera");

    private ConnectedAccountRoutes() {}

    public static void mount(Rpc rpc) {
        rpc.read("/connected_accounts/get", ConnectedAccountRoutes::get);
        rpc.read("/connected_accounts/list", ConnectedAccountRoutes::list);
        rpc.patch("/connected_accounts/update", ConnectedAccountRoutes::update);
        rpc.delete("/connected_accounts/delete", ConnectedAccountRoutes::delete);
    }

    private static void get(Call call) {
        Params p = call.params();
        String id = p.uuid("connected_account_id");
        String email = p.email("email");
        if (!p.present("connected_account_id") && !p.present("email")) p.problem("connected_account_id", "Required");
        p.check();
        Workspace ws = call.workspace();
        ConnectedAccount account = ws.read(() -> id != null
                ? ws.table(ConnectedAccount.TABLE).require(id)
                : ws.table(ConnectedAccount.TABLE).all().filter(a -> email.equalsIgnoreCase(a.displayName()))
                        .findFirst().orElseThrow(() -> SeamException.notFound("connected_account")));
        call.ok("connected_account", account);
    }

    private static void list(Call call) {
        Params p = call.params();
        String customerKey = p.string("customer_key");
        Map<String, Object> metadataHas = p.metadata("custom_metadata_has");
        String search = p.nonEmptyString("search");
        // The simulator links no account to a space and gives none a user_identifier_key: these filters match nothing.
        String spaceId = p.uuid("space_id");
        String userIdentifierKey = p.string("user_identifier_key");
        Cursors.Position at = call.pagePosition(11000);
        p.check();
        Predicate<ConnectedAccount> filter = a -> spaceId == null && userIdentifierKey == null
                && (customerKey == null || customerKey.equals(a.customerKey()))
                && (metadataHas == null || a.customMetadata().entrySet().containsAll(metadataHas.entrySet()))
                && (search == null || matches(a, search.toLowerCase()));
        Workspace ws = call.workspace();
        Where where = Where.all().and("customer_key", customerKey);
        call.okPage("connected_accounts",
                ws.read(() -> ws.table(ConnectedAccount.TABLE).page(where, filter, at.after(), at.limit())));
    }

    /**
     * The spec's partial match on connected_account_id, account_type, customer_key, custom_metadata (values) and the
     * user identifier, which for the simulator's accounts is the display_name (the login email).
     */
    private static boolean matches(ConnectedAccount a, String needle) {
        return a.connectedAccountId().contains(needle)
                || a.accountType().toLowerCase().contains(needle)
                || a.displayName().toLowerCase().contains(needle)
                || (a.customerKey() != null && a.customerKey().toLowerCase().contains(needle))
                || a.customMetadata().values().stream().anyMatch(v -> String.valueOf(v).toLowerCase().contains(needle));
    }

    private static void update(Call call) {
        Params p = call.params();
        String id = p.requiredUuid("connected_account_id");
        String displayName = p.nonEmptyString("display_name");
        if (displayName != null && displayName.length() > 255) p.problem("display_name", "String must contain at most 255 character(s)");
        Map<String, Object> metadata = p.metadata("custom_metadata");
        String customerKey = p.nonEmptyString("customer_key");
        Boolean manageDevices = p.bool("automatically_manage_new_devices");
        List<String> capabilities = p.enums("accepted_capabilities", CAPABILITIES);
        p.check();
        Workspace ws = call.workspace();
        ConnectedAccount updated = ws.write(() -> {
            ConnectedAccount a = ws.table(ConnectedAccount.TABLE).require(id);
            if (customerKey != null && a.customerKey() != null && !customerKey.equals(a.customerKey())) {
                throw SeamException.badRequest("connected_account_already_has_customer",
                        "Connected account already belongs to customer_key \"" + a.customerKey()
                                + "\"; customer_key may only be set on an account without one");
            }
            if (customerKey != null && a.customerKey() == null) moveToCustomer(ws, id, customerKey);
            return ws.table(ConnectedAccount.TABLE).update(a.with(
                    displayName != null ? displayName : a.displayName(),
                    metadata != null ? metadata : a.customMetadata(),
                    customerKey != null ? customerKey : a.customerKey(),
                    manageDevices != null ? manageDevices : a.automaticallyManageNewDevices(),
                    capabilities != null ? capabilities : a.acceptedCapabilities()));
        });
        call.ok("connected_account", updated);
    }

    private static void moveToCustomer(Workspace ws, String accountId, String customerKey) {
        ws.table(AcsSystem.TABLE).where("connected_account_id", accountId)
                .forEach(s -> ws.table(AcsSystem.TABLE).update(s.withCustomerKey(customerKey)));
    }

    /** Deleting an account removes its ACS systems and entrances, and takes those entrances out of spaces and grants. */
    private static void delete(Call call) {
        String id = call.params().requiredUuid("connected_account_id");
        call.params().bool("sync");
        call.params().check();
        Workspace ws = call.workspace();
        ws.write(() -> {
            ws.table(ConnectedAccount.TABLE).delete(id);
            List<AcsEntrance> entrances = ws.table(AcsEntrance.TABLE).where("connected_account_id", id);
            for (AcsEntrance e : entrances) {
                SpaceEntrances.forgetEntrance(ws, e);
                AccessGrantCleanup.forgetEntrance(ws, e.acsEntranceId());
                ws.table(AcsEntrance.TABLE).delete(e.acsEntranceId());
            }
            ws.table(AcsSystem.TABLE).where("connected_account_id", id)
                    .forEach(s -> ws.table(AcsSystem.TABLE).delete(s.acsSystemId()));
        });
        call.ok();
    }
}
