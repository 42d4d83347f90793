package dev.seamsim.spaces;

import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.store.Table;
import dev.seamsim.store.Workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps both sides of the space ↔ entrance link in step: a space's entrances (and so acs_entrance_count) and
 * each entrance's space_ids. Call inside a workspace write.
 */
public final class SpaceEntrances {
    private SpaceEntrances() {}

    /** Makes {@code entranceIds} the space's entrances; every id must name an entrance of the workspace. */
    public static Space setEntrances(Workspace ws, Space space, Collection<String> entranceIds) {
        Table<AcsEntrance> entrances = ws.table(AcsEntrance.TABLE);
        Set<String> wanted = new LinkedHashSet<>(entranceIds);
        wanted.forEach(entrances::require);
        for (String id : space.acsEntranceIds()) {
            if (!wanted.contains(id)) entrances.find(id).ifPresent(e -> entrances.update(e.withSpaceIds(
                    e.spaceIds().stream().filter(s -> !s.equals(space.spaceId())).toList())));
        }
        for (String id : wanted) {
            AcsEntrance e = entrances.require(id);
            if (!e.spaceIds().contains(space.spaceId())) {
                List<String> spaceIds = new ArrayList<>(e.spaceIds());
                spaceIds.add(space.spaceId());
                entrances.update(e.withSpaceIds(spaceIds));
            }
        }
        return ws.table(Space.TABLE).update(space.withEntrances(List.copyOf(wanted)));
    }

    /** Takes an entrance that is going away out of every space that holds it. */
    public static void forgetEntrance(Workspace ws, AcsEntrance entrance) {
        Table<Space> spaces = ws.table(Space.TABLE);
        for (String spaceId : entrance.spaceIds()) {
            spaces.find(spaceId).ifPresent(s -> spaces.update(s.withEntrances(
                    s.acsEntranceIds().stream().filter(id -> !id.equals(entrance.acsEntranceId())).toList())));
        }
    }

    /** Takes a space that is going away off its entrances. */
    public static void forgetSpace(Workspace ws, Space space) {
        setEntrances(ws, space, List.of());
    }
}
