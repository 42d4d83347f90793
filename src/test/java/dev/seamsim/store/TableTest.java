package dev.seamsim.store;

import dev.seamsim.error.SeamException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store on its own: unique keys, key moves, paging by position, and all-or-nothing writes. */
class TableTest {
    record Room(String id, String key) {}

    static final TableDef<Room> ROOMS = TableDef.of("room", Room::id).unique("room_key", Room::key);

    final Workspace ws = new Workspace("ws", "Workspace", "Company", true, Generators.random(Clock.systemUTC()));

    @Test
    void a_second_row_with_a_taken_key_is_refused_and_names_the_key() {
        ws.write(() -> ws.table(ROOMS).insert(new Room("1", "room-101")));
        SeamException e = assertThrows(SeamException.class, () -> ws.write(() -> ws.table(ROOMS).insert(new Room("2", "room-101"))));
        assertEquals(409, e.status());
        assertEquals("duplicate_room_key", e.type());
        assertTrue(e.getMessage().contains("room-101"));
        assertEquals(1, ws.read(() -> ws.table(ROOMS).size()));
    }

    @Test
    void rows_without_a_key_do_not_collide() {
        ws.write(() -> {
            ws.table(ROOMS).insert(new Room("1", null));
            return ws.table(ROOMS).insert(new Room("2", null));
        });
        assertEquals(2, ws.read(() -> ws.table(ROOMS).size()));
    }

    @Test
    void an_update_moves_the_key_and_frees_the_old_one() {
        ws.write(() -> ws.table(ROOMS).insert(new Room("1", "old")));
        ws.write(() -> ws.table(ROOMS).update(new Room("1", "new")));
        ws.write(() -> ws.table(ROOMS).insert(new Room("2", "old")));
        assertEquals("1", ws.read(() -> ws.table(ROOMS).requireByUnique("room_key", "new").id()));
        assertEquals("2", ws.read(() -> ws.table(ROOMS).requireByUnique("room_key", "old").id()));
    }

    @Test
    void an_update_to_a_taken_key_fails_and_changes_nothing() {
        ws.write(() -> {
            ws.table(ROOMS).insert(new Room("1", "a"));
            return ws.table(ROOMS).insert(new Room("2", "b"));
        });
        assertThrows(SeamException.class, () -> ws.write(() -> ws.table(ROOMS).update(new Room("2", "a"))));
        assertEquals("2", ws.read(() -> ws.table(ROOMS).requireByUnique("room_key", "b").id()));
    }

    @Test
    void a_delete_frees_the_key() {
        ws.write(() -> ws.table(ROOMS).insert(new Room("1", "k")));
        ws.write(() -> ws.table(ROOMS).delete("1"));
        ws.write(() -> ws.table(ROOMS).insert(new Room("2", "k")));
        assertEquals("2", ws.read(() -> ws.table(ROOMS).requireByUnique("room_key", "k").id()));
    }

    @Test
    void a_write_that_fails_half_way_is_undone_entirely() {
        ws.write(() -> ws.table(ROOMS).insert(new Room("1", "taken")));
        assertThrows(SeamException.class, () -> ws.write(() -> {
            ws.table(ROOMS).insert(new Room("2", "fresh"));
            ws.table(ROOMS).update(new Room("1", "renamed"));
            ws.table(ROOMS).delete("1");
            return ws.table(ROOMS).insert(new Room("3", "fresh"));
        }));
        assertEquals(List.of(new Room("1", "taken")), ws.read(() -> ws.table(ROOMS).all().toList()));
        assertTrue(ws.read(() -> ws.table(ROOMS).findByUnique("room_key", "fresh").isEmpty()));
        assertTrue(ws.read(() -> ws.table(ROOMS).findByUnique("room_key", "renamed").isEmpty()));
    }

    @Test
    void pages_continue_after_the_last_row_served_even_when_rows_are_deleted_meanwhile() {
        ws.write(() -> {
            for (int i = 1; i <= 5; i++) ws.table(ROOMS).insert(new Room(String.valueOf(i), "k" + i));
        });
        Page<Room> first = ws.read(() -> ws.table(ROOMS).page(r -> true, 0, 2));
        assertEquals(List.of("1", "2"), first.items().stream().map(Room::id).toList());
        ws.write(() -> ws.table(ROOMS).delete("3"));
        Page<Room> second = ws.read(() -> ws.table(ROOMS).page(r -> true, first.nextAfter(), 2));
        assertEquals(List.of("4", "5"), second.items().stream().map(Room::id).toList());
        assertTrue(!second.hasNext());
    }

    @Test
    void concurrent_inserts_with_one_key_let_exactly_one_win() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String id = "r" + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    ws.write(() -> ws.table(ROOMS).insert(new Room(id, "contested")));
                    return true;
                } catch (SeamException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> f : results) outcomes.add(f.get(10, TimeUnit.SECONDS));
        pool.shutdown();
        assertEquals(1, outcomes.stream().filter(b -> b).count(), outcomes.stream().map(String::valueOf).collect(Collectors.joining(",")));
        assertEquals(1, ws.read(() -> ws.table(ROOMS).size()));
    }

    @Test
    void tables_refuse_access_outside_read_or_write() {
        assertThrows(IllegalStateException.class, () -> ws.table(ROOMS));
    }
}
