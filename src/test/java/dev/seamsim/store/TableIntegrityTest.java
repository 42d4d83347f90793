package dev.seamsim.store;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table.integrityProblems: silent on a sound table, and it does notice an index that went stale. */
class TableIntegrityTest {
    /** A row whose key can change behind the table's back, the one way to make its index lie from outside. */
    static final class Door {
        final String id;
        String key;

        Door(String id, String key) {
            this.id = id;
            this.key = key;
        }
    }

    static final TableDef<Door> DOORS = TableDef.of("door", (Door d) -> d.id).unique("door_key", d -> d.key);

    final Workspace ws = new Workspace("ws", "Workspace", "Company", true, Generators.random(Clock.systemUTC()));

    @Test
    void inserts_updates_deletes_and_a_rolled_back_write_leave_a_sound_table() {
        ws.write(() -> {
            ws.table(DOORS).insert(new Door("1", "a"));
            ws.table(DOORS).insert(new Door("2", null));
            return ws.table(DOORS).insert(new Door("3", "c"));
        });
        ws.write(() -> ws.table(DOORS).update(new Door("1", "b")));
        ws.write(() -> ws.table(DOORS).delete("3"));
        assertThrows(IllegalStateException.class, () -> ws.write(() -> {
            ws.table(DOORS).insert(new Door("4", "a"));
            throw new IllegalStateException("roll back");
        }));
        assertEquals(List.of(), ws.read(() -> ws.table(DOORS).integrityProblems()));
    }

    @Test
    void a_key_changed_behind_the_index_is_reported_both_ways() {
        Door door = new Door("1", "front");
        ws.write(() -> ws.table(DOORS).insert(door));
        door.key = "back";
        List<String> problems = ws.read(() -> ws.table(DOORS).integrityProblems());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("door_key \"front\" is indexed to 1, which has \"back\""), problems.toString());
        assertTrue(problems.get(1).contains("door 1 has door_key \"back\" but the index names null"), problems.toString());
    }

    @Test
    void it_needs_the_workspace_lock_like_any_table_access() {
        assertThrows(IllegalStateException.class, ws::tables);
    }
}
