package dev.seamsim.store;

import dev.seamsim.error.SeamException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Non-unique indexes: lists narrowed by them page exactly like a full scan (cursors seek within the filtered set),
 * and inserts, updates, deletes, restores and rolled-back writes keep every index equal to the rows.
 */
class SecondaryIndexTest {
    record Account(String id, String customerKey, List<String> spaceIds, String uniqueKey) {
        Account withCustomer(String key) { return new Account(id, key, spaceIds, uniqueKey); }
        Account withSpaces(List<String> ids) { return new Account(id, customerKey, ids, uniqueKey); }
    }

    static final TableDef<Account> ACCOUNTS = TableDef.of("account", Account::id)
            .unique("unique_key", Account::uniqueKey)
            .index("customer_key", Account::customerKey)
            .indexEach("space_ids", Account::spaceIds);

    final Workspace ws = new Workspace("ws", "Workspace", "Company", true, Generators.random(Clock.systemUTC()));

    @Test
    void a_list_by_customer_key_pages_through_the_matching_rows_only_across_updates_and_deletes() {
        ws.write(() -> {
            for (int i = 0; i < 40; i++) ws.table(ACCOUNTS).insert(new Account("a" + i, "ck-" + (i % 3), List.of(), null));
        });
        assertEquals(ids(0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39), allPages("ck-0", 4));

        // Take a cursor after the first page, then move rows in and out of the filtered set and delete some.
        Page<Account> first = page("ck-0", 0, 4);
        assertEquals(ids(0, 3, 6, 9), first.items().stream().map(Account::id).toList());
        ws.write(() -> {
            Table<Account> t = ws.table(ACCOUNTS);
            t.update(t.require("a1").withCustomer("ck-0")); // joins before the cursor: not on later pages
            t.update(t.require("a13").withCustomer("ck-0")); // joins after the cursor
            t.update(t.require("a15").withCustomer("ck-9")); // leaves
            t.delete("a12");
            t.delete("a9"); // the cursor's own row: the cursor is a position, so it still seeks
            t.insert(new Account("a40", "ck-0", List.of(), null));
        });
        List<String> rest = new ArrayList<>();
        for (Page<Account> p = page("ck-0", first.nextAfter(), 4); ; p = page("ck-0", p.nextAfter(), 4)) {
            p.items().forEach(a -> rest.add(a.id()));
            if (!p.hasNext()) break;
        }
        assertEquals(List.of("a13", "a18", "a21", "a24", "a27", "a30", "a33", "a36", "a39", "a40"), rest);
        assertEquals(List.of("a0", "a1", "a3", "a6", "a13", "a18", "a21", "a24", "a27", "a30", "a33", "a36", "a39", "a40"),
                allPages("ck-0", 3));
        assertEquals(List.of("a15"), allPages("ck-9", 1));
        assertEquals(List.of(), allPages("ck-nobody", 5));
        assertIndexesMatchRows();
    }

    @Test
    void the_narrowed_page_agrees_with_a_full_scan_for_every_limit_and_cursor() {
        ws.write(() -> {
            for (int i = 0; i < 25; i++) {
                ws.table(ACCOUNTS).insert(new Account("a" + i, i % 4 == 0 ? null : "ck-" + (i % 2),
                        List.of("s" + (i % 5), "s" + (i % 7)), null));
            }
        });
        for (String key : List.of("ck-0", "ck-1")) {
            Predicate<Account> filter = a -> key.equals(a.customerKey()) && a.spaceIds().contains("s2");
            Where where = Where.all().and("customer_key", key).and("space_ids", "s2");
            for (int limit = 0; limit <= 6; limit++) {
                for (long after = 0; after <= 26; after++) {
                    int l = limit;
                    long from = after;
                    Page<Account> scanned = ws.read(() -> ws.table(ACCOUNTS).page(filter, from, l));
                    Page<Account> narrowed = ws.read(() -> ws.table(ACCOUNTS).page(where, filter, from, l));
                    assertEquals(scanned, narrowed, key + " limit " + limit + " after " + after);
                }
            }
        }
    }

    @Test
    void a_rolled_back_write_leaves_every_index_as_it_was() {
        ws.write(() -> {
            Table<Account> t = ws.table(ACCOUNTS);
            t.insert(new Account("a", "ck-1", List.of("s1", "s2"), "u-a"));
            t.insert(new Account("b", "ck-1", List.of("s2"), "u-b"));
            t.insert(new Account("c", "ck-2", List.of(), null));
        });
        Map<String, Map<String, NavigableSet<Long>>> before = ws.read(() -> ws.table(ACCOUNTS).secondaryIndexes());
        SeamException e = assertThrows(SeamException.class, () -> ws.write(() -> {
            Table<Account> t = ws.table(ACCOUNTS);
            t.insert(new Account("d", "ck-1", List.of("s1"), null));
            t.update(t.require("a").withCustomer("ck-3").withSpaces(List.of("s9")));
            t.delete("b");
            t.update(t.require("c").withSpaces(List.of("s1", "s1")));
            t.insert(new Account("e", "ck-1", List.of(), "u-a")); // taken unique key: the write fails here
        }));
        assertEquals("duplicate_unique_key", e.type());
        assertEquals(before, ws.read(() -> ws.table(ACCOUNTS).secondaryIndexes()));
        assertEquals(List.of("a", "b"), allPages("ck-1", 1));
        assertEquals(List.of("a", "b"), ws.read(() -> ws.table(ACCOUNTS).where("space_ids", "s2")).stream().map(Account::id).toList());
        assertEquals(List.of(), ws.read(() -> ws.table(ACCOUNTS).where("customer_key", "ck-3")));
        assertIndexesMatchRows();
    }

    @Test
    void random_writes_some_rolled_back_keep_the_indexes_equal_to_the_rows() {
        Random random = new Random(42);
        for (int step = 0; step < 2000; step++) {
            boolean fail = random.nextInt(5) == 0;
            try {
                ws.write(() -> {
                    Table<Account> t = ws.table(ACCOUNTS);
                    for (int op = 0; op < 1 + random.nextInt(3); op++) {
                        String id = "a" + random.nextInt(60);
                        String key = random.nextInt(4) == 0 ? null : "ck-" + random.nextInt(6);
                        List<String> spaces = List.of("s" + random.nextInt(5), "s" + random.nextInt(5));
                        if (t.find(id).isEmpty()) t.insert(new Account(id, key, spaces, null));
                        else if (random.nextBoolean()) t.delete(id);
                        else t.update(t.require(id).withCustomer(key).withSpaces(spaces));
                    }
                    if (fail) throw new IllegalStateException("fails on purpose");
                });
            } catch (IllegalStateException expected) {
                assertTrue(fail);
            }
            assertIndexesMatchRows();
        }
    }

    @Test
    void restored_rows_are_indexed_and_a_where_clause_may_name_the_id_a_unique_field_or_an_index() {
        ws.write(() -> {
            Table<Account> t = ws.table(ACCOUNTS);
            t.restore(9, new Account("x", "ck-1", List.of("s1"), "u-x"));
            t.restore(4, new Account("y", "ck-1", List.of(), "u-y"));
            t.continueAt(10);
        });
        assertEquals(List.of("y", "x"), allPages("ck-1", 1));
        assertEquals(List.of("x"), ids(Where.all().and(Where.ID, "x")));
        assertEquals(List.of("y", "x"), ids(Where.all().andAnyOf(Where.ID, List.of("x", "y", "nope"))));
        assertEquals(List.of("y"), ids(Where.all().and("unique_key", "u-y").and("customer_key", "ck-1")));
        assertEquals(List.of(), ids(Where.all().andAnyOf(Where.ID, List.of())));
        assertEquals(List.of("y", "x"), ids(Where.all()));
        assertThrows(IllegalArgumentException.class, () -> ids(Where.all().and("name", "x")));
        assertIndexesMatchRows();
    }

    private List<String> ids(Where where) {
        return ws.read(() -> ws.table(ACCOUNTS).matching(where).map(Account::id).toList());
    }

    private static List<String> ids(int... numbers) {
        List<String> out = new ArrayList<>();
        for (int n : numbers) out.add("a" + n);
        return out;
    }

    private Page<Account> page(String customerKey, long after, int limit) {
        return ws.read(() -> ws.table(ACCOUNTS).page(Where.all().and("customer_key", customerKey),
                a -> customerKey.equals(a.customerKey()), after, limit));
    }

    private List<String> allPages(String customerKey, int limit) {
        List<String> out = new ArrayList<>();
        long after = 0;
        for (int guard = 0; guard < 1000; guard++) {
            Page<Account> p = page(customerKey, after, limit);
            p.items().forEach(a -> out.add(a.id()));
            if (!p.hasNext()) return out;
            after = p.nextAfter();
        }
        throw new AssertionError("paging did not end");
    }

    /** Rebuilds every index from the rows and compares it with the table's own. */
    private void assertIndexesMatchRows() {
        Map<String, Map<String, NavigableSet<Long>>> expected = new TreeMap<>();
        expected.put("customer_key", new HashMap<>());
        expected.put("space_ids", new HashMap<>());
        ws.read(() -> {
            for (Map.Entry<Long, Account> e : ws.table(ACCOUNTS).rowsWithPositions()) {
                Account a = e.getValue();
                if (a.customerKey() != null) {
                    expected.get("customer_key").computeIfAbsent(a.customerKey(), k -> new TreeSet<>()).add(e.getKey());
                }
                a.spaceIds().forEach(s -> expected.get("space_ids").computeIfAbsent(s, k -> new TreeSet<>()).add(e.getKey()));
            }
            return null;
        });
        assertEquals(expected, ws.read(() -> ws.table(ACCOUNTS).secondaryIndexes()));
    }
}
