package dev.seamsim.control;

import dev.seamsim.accessgrants.AccessGrant;
import dev.seamsim.accessgrants.AccessMethod;
import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.acs.AcsSystem;
import dev.seamsim.connectedaccounts.ConnectedAccount;
import dev.seamsim.connectwebviews.ConnectWebview;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.Table;
import dev.seamsim.store.TableDef;
import dev.seamsim.store.Workspace;
import dev.seamsim.useridentities.UserIdentity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What is wrong inside one workspace, in words (empty when sound): each table's own indexes, every object in its
 * workspace, and both sides of every link (space ↔ entrance, entrance → system → account, grant ↔ access method,
 * grant → user identity, spaces and entrances) in step. Tests call it after concurrent or random changes.
 */
final class Integrity {
    private final Workspace ws;
    private final List<String> problems = new ArrayList<>();

    private Integrity(Workspace ws) {
        this.ws = ws;
    }

    /** Takes the workspace's read lock, so it sees no write half-done. */
    static List<String> problemsOf(Workspace ws) {
        return ws.read(() -> {
            Integrity check = new Integrity(ws);
            ws.tables().forEach(t -> check.problems.addAll(t.integrityProblems()));
            check.workspaceIds();
            check.spacesAndEntrances();
            check.systemsAndAccounts();
            check.grantsAndMethods();
            return List.copyOf(check.problems);
        });
    }

    private void workspaceIds() {
        inWorkspace(Space.TABLE, Space::workspaceId, Space::spaceId);
        inWorkspace(AcsSystem.TABLE, AcsSystem::workspaceId, AcsSystem::acsSystemId);
        inWorkspace(ConnectedAccount.TABLE, ConnectedAccount::workspaceId, ConnectedAccount::connectedAccountId);
        inWorkspace(ConnectWebview.TABLE, ConnectWebview::workspaceId, ConnectWebview::connectWebviewId);
        inWorkspace(UserIdentity.TABLE, UserIdentity::workspaceId, UserIdentity::userIdentityId);
        inWorkspace(AccessGrant.TABLE, AccessGrant::workspaceId, AccessGrant::accessGrantId);
        inWorkspace(AccessMethod.TABLE, AccessMethod::workspaceId, AccessMethod::accessMethodId);
    }

    private <R> void inWorkspace(TableDef<R> def, Function<R, String> workspaceId, Function<R, String> id) {
        ws.table(def).all().filter(r -> !ws.id().equals(workspaceId.apply(r)))
                .forEach(r -> problems.add(def.resource() + " " + id.apply(r) + " says workspace "
                        + workspaceId.apply(r)));
    }

    /** A space lists an entrance exactly when the entrance lists the space (so acs_entrance_count is right). */
    private void spacesAndEntrances() {
        Table<Space> spaces = ws.table(Space.TABLE);
        Table<AcsEntrance> entrances = ws.table(AcsEntrance.TABLE);
        spaces.all().forEach(s -> {
            noDuplicates("space " + s.spaceId() + " acs_entrance_ids", s.acsEntranceIds());
            for (String id : s.acsEntranceIds()) {
                AcsEntrance e = entrances.find(id).orElse(null);
                if (e == null) problems.add("space " + s.spaceId() + " names missing entrance " + id);
                else if (!e.spaceIds().contains(s.spaceId())) {
                    problems.add("space " + s.spaceId() + " names entrance " + id + ", whose space_ids lack it");
                }
            }
        });
        entrances.all().forEach(e -> {
            noDuplicates("entrance " + e.acsEntranceId() + " space_ids", e.spaceIds());
            for (String id : e.spaceIds()) {
                Space s = spaces.find(id).orElse(null);
                if (s == null) problems.add("entrance " + e.acsEntranceId() + " names missing space " + id);
                else if (!s.acsEntranceIds().contains(e.acsEntranceId())) {
                    problems.add("entrance " + e.acsEntranceId() + " names space " + id + ", which does not hold it");
                }
            }
        });
    }

    /** Every entrance belongs to a live system of its own account, every system to a live account. */
    private void systemsAndAccounts() {
        Table<AcsSystem> systems = ws.table(AcsSystem.TABLE);
        Table<ConnectedAccount> accounts = ws.table(ConnectedAccount.TABLE);
        ws.table(AcsEntrance.TABLE).all().forEach(e -> {
            AcsSystem s = systems.find(e.acsSystemId()).orElse(null);
            if (s == null) problems.add("entrance " + e.acsEntranceId() + " names missing system " + e.acsSystemId());
            else if (!s.connectedAccountId().equals(e.connectedAccountId())) {
                problems.add("entrance " + e.acsEntranceId() + " says account " + e.connectedAccountId()
                        + " but its system says " + s.connectedAccountId());
            }
        });
        systems.all().forEach(s -> {
            ConnectedAccount a = accounts.find(s.connectedAccountId()).orElse(null);
            if (a == null) {
                problems.add("system " + s.acsSystemId() + " names missing account " + s.connectedAccountId());
            } else if (!Objects.equals(a.customerKey(), s.customerKey())) {
                problems.add("system " + s.acsSystemId() + " has customer_key " + s.customerKey() + " but its account "
                        + a.customerKey());
            }
            if (!s.connectedAccountIds().contains(s.connectedAccountId())) {
                problems.add("system " + s.acsSystemId() + " connected_account_ids lack " + s.connectedAccountId());
            }
        });
    }

    /** A grant lists exactly its live access methods, and names a live user identity, spaces and entrances. */
    private void grantsAndMethods() {
        Table<AccessGrant> grants = ws.table(AccessGrant.TABLE);
        Table<AccessMethod> methods = ws.table(AccessMethod.TABLE);
        Map<String, List<String>> mobileKeyUrlsByGrant = methods.all().filter(m -> m.mode().equals("mobile_key"))
                .collect(Collectors.groupingBy(AccessMethod::accessGrantId,
                        Collectors.mapping(AccessMethod::instantKeyUrl, Collectors.toList())));
        grants.all().forEach(g -> {
            String grant = "access grant " + g.accessGrantId();
            if (ws.table(UserIdentity.TABLE).find(g.userIdentityId()).isEmpty()) {
                problems.add(grant + " names missing user identity " + g.userIdentityId());
            }
            noDuplicates(grant + " space_ids", g.spaceIds());
            g.spaceIds().stream().filter(id -> ws.table(Space.TABLE).find(id).isEmpty())
                    .forEach(id -> problems.add(grant + " names missing space " + id));
            g.acsEntranceIds().stream().filter(id -> ws.table(AcsEntrance.TABLE).find(id).isEmpty())
                    .forEach(id -> problems.add(grant + " names missing entrance " + id));
            noDuplicates(grant + " access_method_ids", g.accessMethodIds());
            for (String id : g.accessMethodIds()) {
                AccessMethod m = methods.find(id).orElse(null);
                if (m == null) problems.add(grant + " names missing access method " + id);
                else if (!g.accessGrantId().equals(m.accessGrantId())) {
                    problems.add(grant + " names access method " + id + " of grant " + m.accessGrantId());
                }
            }
            List<String> requested = g.requestedAccessMethods().stream()
                    .flatMap(r -> r.createdAccessMethodIds().stream()).toList();
            if (!new HashSet<>(requested).equals(new HashSet<>(g.accessMethodIds()))) {
                problems.add(grant + " requested_access_methods name " + requested + " but access_method_ids "
                        + g.accessMethodIds());
            }
            List<String> mobileKeys = mobileKeyUrlsByGrant.getOrDefault(g.accessGrantId(), List.of());
            String expectedUrl = mobileKeys.size() == 1 ? mobileKeys.get(0) : null;
            if (!Objects.equals(expectedUrl, g.instantKeyUrl())) {
                problems.add(grant + " instant_key_url is " + g.instantKeyUrl() + ", expected " + expectedUrl);
            }
        });
        methods.all().forEach(m -> {
            AccessGrant g = grants.find(m.accessGrantId()).orElse(null);
            if (g == null) problems.add("access method " + m.accessMethodId() + " outlived grant " + m.accessGrantId());
            else if (!g.accessMethodIds().contains(m.accessMethodId())) {
                problems.add("access method " + m.accessMethodId() + " is not listed by its grant " + g.accessGrantId());
            }
        });
    }

    private void noDuplicates(String what, List<String> ids) {
        if (new HashSet<>(ids).size() != ids.size()) problems.add(what + " repeat an id: " + ids);
    }
}
