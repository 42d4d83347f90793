package dev.seamsim.accessgrants;

import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.acs.AcsSystem;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.Workspace;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** What a grant reaches now: its entrances (named directly or through its spaces), their systems, customers. */
final class GrantReach {
    private final Workspace ws;

    GrantReach(Workspace ws) {
        this.ws = ws;
    }

    Set<String> entrances(AccessGrant g) {
        Set<String> ids = new HashSet<>(g.acsEntranceIds());
        g.spaceIds().forEach(id -> ws.table(Space.TABLE).find(id).ifPresent(s -> ids.addAll(s.acsEntranceIds())));
        return ids;
    }

    Set<String> systems(AccessGrant g) {
        Set<String> ids = new HashSet<>();
        entrances(g).forEach(id -> ws.table(AcsEntrance.TABLE).find(id).ifPresent(e -> ids.add(e.acsSystemId())));
        return ids;
    }

    Set<String> customerKeys(AccessGrant g) {
        Set<String> keys = new HashSet<>();
        g.spaceIds().forEach(id -> ws.table(Space.TABLE).find(id).map(Space::customerKey).ifPresent(keys::add));
        systems(g).forEach(id -> ws.table(AcsSystem.TABLE).find(id).map(AcsSystem::customerKey)
                .flatMap(Optional::ofNullable).ifPresent(keys::add));
        return keys;
    }
}
