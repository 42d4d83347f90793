package dev.seamsim.acs;

import dev.seamsim.http.Call;
import dev.seamsim.http.Cursors;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Table;
import dev.seamsim.store.Where;
import dev.seamsim.store.Workspace;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** /acs/systems/get|list and /acs/entrances/get|list. Systems and entrances come from provider fixtures. */
public final class AcsRoutes {
    private AcsRoutes() {}

    public static void mount(Rpc rpc) {
        rpc.read("/acs/systems/get", AcsRoutes::getSystem);
        rpc.read("/acs/systems/list", AcsRoutes::listSystems);
        rpc.read("/acs/entrances/get", AcsRoutes::getEntrance);
        rpc.read("/acs/entrances/list", AcsRoutes::listEntrances);
    }

    private static void getSystem(Call call) {
        String id = call.params().requiredUuid("acs_system_id");
        call.params().check();
        Workspace ws = call.workspace();
        call.ok("acs_system", ws.read(() -> ws.table(AcsSystem.TABLE).require(id)));
    }

    private static void listSystems(Call call) {
        Params p = call.params();
        String accountId = p.uuid("connected_account_id");
        String customerKey = p.string("customer_key");
        String search = p.nonEmptyString("search");
        p.check();
        Predicate<AcsSystem> filter = s -> (accountId == null || accountId.equals(s.connectedAccountId()))
                && (customerKey == null || customerKey.equals(s.customerKey()))
                && (search == null || s.name().toLowerCase().contains(search.toLowerCase())
                    || s.acsSystemId().contains(search.toLowerCase()));
        Workspace ws = call.workspace();
        Where where = Where.all().and("connected_account_id", accountId);
        call.ok("acs_systems", ws.read(() -> ws.table(AcsSystem.TABLE).matching(where).filter(filter).toList()));
    }

    private static void getEntrance(Call call) {
        String id = call.params().requiredUuid("acs_entrance_id");
        call.params().check();
        Workspace ws = call.workspace();
        call.ok("acs_entrance", ws.read(() -> ws.table(AcsEntrance.TABLE).require(id)));
    }

    private static void listEntrances(Call call) {
        Params p = call.params();
        String systemId = p.uuid("acs_system_id");
        String accountId = p.uuid("connected_account_id");
        String spaceId = p.uuid("space_id");
        String locationId = p.uuid("location_id"); // the deprecated name of space_id
        String customerKey = p.string("customer_key");
        List<String> entranceIds = p.uuids("acs_entrance_ids");
        String search = p.nonEmptyString("search");
        // The simulator has no ACS credentials yet, so no entrance is reachable with one.
        String credentialId = p.uuid("acs_credential_id");
        Cursors.Position at = call.pagePosition(900);
        p.check();
        Workspace ws = call.workspace();
        call.okPage("acs_entrances", ws.read(() -> {
            Table<AcsSystem> systems = ws.table(AcsSystem.TABLE);
            Set<String> wanted = entranceIds == null ? null : Set.copyOf(entranceIds);
            Predicate<AcsEntrance> filter = e -> credentialId == null
                    && (systemId == null || systemId.equals(e.acsSystemId()))
                    && (accountId == null || accountId.equals(e.connectedAccountId()))
                    && (spaceId == null || e.spaceIds().contains(spaceId))
                    && (locationId == null || e.spaceIds().contains(locationId))
                    && (wanted == null || wanted.contains(e.acsEntranceId()))
                    && (customerKey == null || systems.find(e.acsSystemId())
                            .map(s -> customerKey.equals(s.customerKey())).orElse(false))
                    && (search == null || e.displayName().toLowerCase().contains(search.toLowerCase()));
            Where where = Where.all().and("acs_system_id", systemId).and("connected_account_id", accountId)
                    .and("space_ids", spaceId).andAnyOf(Where.ID, wanted);
            return ws.table(AcsEntrance.TABLE).page(where, filter, at.after(), at.limit());
        }));
    }
}
