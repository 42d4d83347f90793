package dev.seamsim.control;

import dev.seamsim.accessgrants.AccessMethod;
import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.fixtures.FixtureLoader;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.Generators;
import dev.seamsim.store.Workspace;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace-level check: silent on seeded state, and it names a link kept on one side only. */
class IntegrityTest {
    final SimClock clock = SimClock.running(Clock.systemUTC(), null);
    final ControlPlane control = new ControlPlane(FixtureLoader.load(null), Generators.random(clock), clock);
    final Workspace ws1 = control.workspaces().all().get(0);

    @Test
    void the_seeded_workspaces_are_sound() {
        assertEquals(List.of(), control.integrityProblems());
    }

    @Test
    void a_space_naming_an_entrance_that_does_not_name_it_back_is_reported() {
        String entranceId = ws1.read(() -> ws1.table(AcsEntrance.TABLE).all().findFirst().orElseThrow().acsEntranceId());
        ws1.write(() -> ws1.table(Space.TABLE).insert(new Space("s1", ws1.id(), "Lobby", "Lobby", null, null, null,
                ws1.now(), 0, List.of(entranceId))));
        assertEquals(List.of(ws1.id() + ": space s1 names entrance " + entranceId + ", whose space_ids lack it"),
                control.integrityProblems());
    }

    @Test
    void an_access_method_without_its_grant_and_an_object_of_another_workspace_are_reported() {
        ws1.write(() -> ws1.table(AccessMethod.TABLE).insert(new AccessMethod("m1", "elsewhere", "PIN Code", "code",
                ws1.now(), ws1.now(), true, "1234", null, null, List.of(), List.of(), List.of(), "g1")));
        List<String> problems = control.integrityProblems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.contains(ws1.id() + ": access_method m1 says workspace elsewhere"), problems.toString());
        assertTrue(problems.contains(ws1.id() + ": access method m1 outlived grant g1"), problems.toString());
    }
}
