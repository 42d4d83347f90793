package dev.seamsim.store;

import dev.seamsim.error.SeamException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading saved rows: positions kept, unique keys indexed again, the next position honoured; credentials swapped whole. */
class TableRestoreTest {
    record Room(String id, String key) {}

    static final TableDef<Room> ROOMS = TableDef.of("room", Room::id).unique("room_key", Room::key);

    final Workspace ws = new Workspace("ws", "Workspace", "Company", true, Generators.random(Clock.systemUTC()),
            Instant.parse("2024-05-01T00:00:00Z"));

    @Test
    void restored_rows_keep_their_positions_and_keys_and_new_rows_go_after_next_position() {
        ws.write(() -> {
            Table<Room> rooms = ws.table(ROOMS);
            rooms.restore(7, new Room("b", "k-b"));
            rooms.restore(3, new Room("a", "k-a"));
            rooms.continueAt(10);
            rooms.insert(new Room("c", null));
        });
        List<Map.Entry<Long, Room>> rows = ws.read(() -> ws.table(ROOMS).rowsWithPositions());
        assertEquals(List.of(3L, 7L, 10L), rows.stream().map(Map.Entry::getKey).toList());
        assertEquals(11, ws.read(() -> ws.table(ROOMS).nextPosition()));
        assertEquals("b", ws.read(() -> ws.table(ROOMS).page(r -> true, 3, 1).items().get(0).id()));
        SeamException e = assertThrows(SeamException.class, () -> ws.write(() -> ws.table(ROOMS).insert(new Room("d", "k-a"))));
        assertEquals("duplicate_room_key", e.type());
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), ws.createdAt());
    }

    @Test
    void restore_refuses_a_taken_position_id_or_key_and_a_next_position_not_after_the_rows() {
        ws.write(() -> ws.table(ROOMS).restore(2, new Room("a", "k-a")));
        assertThrows(IllegalArgumentException.class, () -> ws.write(() -> ws.table(ROOMS).restore(2, new Room("x", null))));
        assertThrows(IllegalArgumentException.class, () -> ws.write(() -> ws.table(ROOMS).restore(5, new Room("a", null))));
        assertThrows(IllegalArgumentException.class, () -> ws.write(() -> ws.table(ROOMS).restore(0, new Room("y", null))));
        assertThrows(SeamException.class, () -> ws.write(() -> ws.table(ROOMS).restore(5, new Room("z", "k-a"))));
        assertThrows(IllegalArgumentException.class, () -> ws.write(() -> ws.table(ROOMS).continueAt(2)));
        assertEquals(1, ws.read(() -> ws.table(ROOMS).size()));
    }

    @Test
    void a_swap_puts_workspaces_and_credentials_in_place_together() {
        Workspaces all = new Workspaces();
        all.add(ws, List.of("seam_old"));
        all.grantAccessToken("seam_at_t", "ws");
        Workspace other = new Workspace("ws2", "Other", "Company", true, Generators.random(Clock.systemUTC()));
        all.swap(w -> {
            w.clear();
            w.add(other, List.of("seam_new"));
            w.grantAccessToken("seam_at_t", List.of("ws2"));
            w.grantAccessToken("seam_at_none", List.of());
        });
        assertTrue(all.byApiKey("seam_old").isEmpty());
        assertEquals("ws2", all.byApiKey("seam_new").orElseThrow().id());
        assertEquals(Map.of("seam_at_none", List.of(), "seam_at_t", List.of("ws2")), all.accessTokens());
        assertTrue(all.knowsAccessToken("seam_at_none"));
    }

    @Test
    void readers_never_see_a_swap_half_done() throws Exception {
        Workspaces all = new Workspaces();
        all.add(ws, List.of("seam_key"));
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger missed = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) if (all.byApiKey("seam_key").isEmpty()) missed.incrementAndGet();
        });
        reader.start();
        for (int i = 0; i < 20_000; i++) {
            all.swap(w -> {
                w.clear();
                w.add(ws, List.of("seam_key"));
            });
        }
        done.set(true);
        reader.join();
        assertEquals(0, missed.get());
    }
}
