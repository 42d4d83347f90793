package dev.seamsim.spaces;

import dev.seamsim.accessgrants.AccessGrantCleanup;
import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.error.SeamException;
import dev.seamsim.http.Call;
import dev.seamsim.http.Cursors;
import dev.seamsim.http.Params;
import dev.seamsim.http.Rpc;
import dev.seamsim.store.Where;
import dev.seamsim.store.Workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** /spaces/*: create, get, list, update, delete, add_acs_entrances, remove_acs_entrances. */
public final class SpaceRoutes {
    private SpaceRoutes() {}

    public static void mount(Rpc rpc) {
        rpc.write("/spaces/create", SpaceRoutes::create);
        rpc.read("/spaces/get", SpaceRoutes::get);
        rpc.read("/spaces/list", SpaceRoutes::list);
        rpc.patch("/spaces/update", SpaceRoutes::update);
        rpc.delete("/spaces/delete", SpaceRoutes::delete);
        rpc.put("/spaces/add_acs_entrances", SpaceRoutes::addEntrances);
        rpc.delete("/spaces/remove_acs_entrances", SpaceRoutes::removeEntrances);
    }

    private static void create(Call call) {
        Params p = call.params();
        String name = p.requiredString("name");
        String spaceKey = p.nonEmptyString("space_key");
        String customerKey = p.nonEmptyString("customer_key");
        List<String> entranceIds = p.uuids("acs_entrance_ids");
        List<String> deviceIds = p.uuids("device_ids");
        List<String> accountIds = p.uuids("connected_account_ids");
        if (accountIds != null && !accountIds.isEmpty()) {
            p.problem("connected_account_ids", "The simulator does not link connected accounts to spaces yet");
        }
        Map<String, Object> customerData = CustomerData.read(p);
        p.check();
        Workspace ws = call.workspace();
        Space created = ws.write(() -> {
            Devices.requireNone(deviceIds);
            Space space = ws.table(Space.TABLE).insert(new Space(ws.newId(), ws.id(), name, name, spaceKey,
                    customerKey, customerData, ws.now(), 0, List.of()));
            return entranceIds == null ? space : SpaceEntrances.setEntrances(ws, space, entranceIds);
        });
        call.ok("space", created);
    }

    private static void get(Call call) {
        Params p = call.params();
        SpaceRef ref = SpaceRef.read(p);
        p.check();
        Workspace ws = call.workspace();
        call.ok("space", ws.read(() -> ref.require(ws)));
    }

    private static void list(Call call) {
        Params p = call.params();
        String spaceKey = p.string("space_key");
        String customerKey = p.string("customer_key");
        String search = p.nonEmptyString("search");
        // The simulator links no account to a space and has no space hierarchy: these filters match nothing.
        String accountId = p.uuid("connected_account_id");
        String parentId = p.uuid("parent_space_id");
        String parentKey = p.string("parent_space_key");
        Cursors.Position at = call.pagePosition(500);
        p.check();
        boolean unmatchable = accountId != null || parentId != null || parentKey != null;
        String needle = search == null ? null : search.toLowerCase();
        Predicate<Space> filter = s -> !unmatchable && (spaceKey == null || spaceKey.equals(s.spaceKey()))
                && (customerKey == null || customerKey.equals(s.customerKey()))
                && (needle == null || contains(s.name(), needle) || contains(s.spaceKey(), needle)
                    || contains(s.customerKey(), needle));
        Workspace ws = call.workspace();
        Where where = Where.all().and("space_key", spaceKey).and("customer_key", customerKey);
        call.okPage("spaces", ws.read(() -> ws.table(Space.TABLE).page(where, filter, at.after(), at.limit())));
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase().contains(needle);
    }

    /** Identified by space_id (then space_key, if given, becomes its new key) or by space_key alone. */
    private static void update(Call call) {
        Params p = call.params();
        String id = p.uuid("space_id");
        String key = p.nonEmptyString("space_key");
        if (!p.present("space_id") && !p.present("space_key")) p.problem("space_id", "Required");
        String name = p.nonEmptyString("name");
        List<String> entranceIds = p.uuids("acs_entrance_ids");
        List<String> deviceIds = p.uuids("device_ids");
        for (String parent : List.of("parent_space_id", "parent_space_key")) {
            if (p.present(parent)) p.problem(parent, "The simulator does not nest spaces yet");
        }
        Map<String, Object> customerData = CustomerData.read(p);
        p.check();
        Workspace ws = call.workspace();
        Space updated = ws.write(() -> {
            Space space = id != null ? ws.table(Space.TABLE).require(id) : ws.table(Space.TABLE).requireByUnique("space_key", key);
            Devices.requireNone(deviceIds);
            Space changed = ws.table(Space.TABLE).update(space.with(name != null ? name : space.name(),
                    id != null && key != null ? key : space.spaceKey(),
                    CustomerData.merge(space.customerData(), customerData)));
            return entranceIds == null ? changed : SpaceEntrances.setEntrances(ws, changed, entranceIds);
        });
        call.ok("space", updated);
    }

    private static void delete(Call call) {
        String id = call.params().requiredUuid("space_id");
        call.params().check();
        Workspace ws = call.workspace();
        ws.write(() -> {
            SpaceEntrances.forgetSpace(ws, ws.table(Space.TABLE).require(id));
            AccessGrantCleanup.forgetSpace(ws, id);
            ws.table(Space.TABLE).delete(id);
        });
        call.ok();
    }

    private static void addEntrances(Call call) {
        changeEntrances(call, true);
    }

    private static void removeEntrances(Call call) {
        changeEntrances(call, false);
    }

    private static void changeEntrances(Call call, boolean add) {
        Params p = call.params();
        String id = p.requiredUuid("space_id");
        List<String> entranceIds = p.required("acs_entrance_ids") ? p.uuids("acs_entrance_ids") : null;
        if (entranceIds != null && entranceIds.isEmpty()) p.problem("acs_entrance_ids", "Array must contain at least 1 element(s)");
        p.check();
        Workspace ws = call.workspace();
        ws.write(() -> {
            Space space = ws.table(Space.TABLE).require(id);
            Set<String> next = new LinkedHashSet<>(space.acsEntranceIds());
            if (add) {
                next.addAll(entranceIds);
            } else {
                entranceIds.forEach(e -> ws.table(AcsEntrance.TABLE).require(e));
                next.removeAll(entranceIds);
            }
            return SpaceEntrances.setEntrances(ws, space, new ArrayList<>(next));
        });
        call.ok();
    }

    /** Rejects device ids: the simulator does not model devices yet, so none can exist. */
    private static final class Devices {
        static void requireNone(List<String> deviceIds) {
            if (deviceIds != null && !deviceIds.isEmpty()) throw SeamException.notFound("device");
        }
    }
}
