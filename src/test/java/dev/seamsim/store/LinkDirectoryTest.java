package dev.seamsim.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The id → workspace directory behind page links: exact across inserts, deletes, rollbacks, and every way a
 * workspace joins or leaves the registry (add, replace, remove, clear, swap), without scanning workspaces; and
 * its integrity check finds it sound after each of those and names each way it can be broken.
 */
class LinkDirectoryTest {
    record Webview(String id) {}

    static final TableDef<Webview> WEBVIEWS = TableDef.of("webview", Webview::id).reachableByLink();

    final Workspaces registry = new Workspaces();

    static Workspace workspace(String id) {
        return new Workspace(id, "Workspace " + id, "Company", true, Generators.random(Clock.systemUTC()));
    }

    static void insert(Workspace ws, String... ids) {
        ws.write(() -> {
            for (String id : ids) ws.table(WEBVIEWS).insert(new Webview(id));
        });
    }

    Optional<String> holder(String webviewId) {
        return registry.holderOf(WEBVIEWS, webviewId).map(Workspace::id);
    }

    @AfterEach
    void the_directory_is_sound_after_every_scenario() {
        assertEquals(List.of(), registry.linkProblems());
    }

    @Test
    void the_integrity_check_names_every_way_the_directory_can_go_wrong() throws ReflectiveOperationException {
        Workspace a = workspace("a");
        Workspace b = workspace("b");
        registry.add(a, List.of("seam_a"));
        registry.add(b, List.of("seam_b"));
        insert(a, "w1", "w2");
        insert(b, "wb");
        LinkDirectory directory = directoryOf(registry);
        directory.publish(WEBVIEWS, "ghost", a); // an entry whose row never was
        directory.withdraw(WEBVIEWS, "w1", a); // a row whose entry went missing
        directory.publish(WEBVIEWS, "w2", workspace("gone")); // an entry naming a workspace not registered
        assertEquals(List.of(
                "link directory: webview w2 points to workspace gone, which is not registered (removed or replaced)",
                "link directory: webview w1 of workspace a has no entry",
                "link directory: webview ghost points to workspace a, which holds no such row"),
                registry.linkProblems());

        directory.withdraw(WEBVIEWS, "ghost", a);
        directory.publish(WEBVIEWS, "w1", a);
        directory.withdraw(WEBVIEWS, "w2", directory.holders(WEBVIEWS, "w2").get(1));
        b.detach(directory); // registered, yet no longer publishing
        assertEquals(List.of("link directory: workspace b is registered but does not publish its rows",
                        "link directory: webview wb of workspace b has no entry"), registry.linkProblems());
        b.attach(directory);
    }

    private static LinkDirectory directoryOf(Workspaces registry) throws ReflectiveOperationException {
        Field links = Workspaces.class.getDeclaredField("links"); // private: only a broken directory needs it
        links.setAccessible(true);
        return (LinkDirectory) links.get(registry);
    }

    @Test
    void rows_are_found_once_inserted_and_not_after_delete_or_a_rolled_back_insert() {
        Workspace a = workspace("a");
        registry.add(a, List.of("seam_a"));
        insert(a, "w1");
        assertEquals(Optional.of("a"), holder("w1"));
        assertThrows(IllegalStateException.class, () -> a.write(() -> {
            a.table(WEBVIEWS).insert(new Webview("w2"));
            a.table(WEBVIEWS).delete("w1");
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(Optional.of("a"), holder("w1"));
        assertEquals(Optional.empty(), holder("w2"));
        a.write(() -> a.table(WEBVIEWS).delete("w1"));
        assertEquals(Optional.empty(), holder("w1"));
        assertEquals(Optional.empty(), holder(null));
        assertEquals(0, registry.linkedRows(WEBVIEWS));
    }

    @Test
    void a_workspace_built_aside_is_found_only_once_added_and_a_replaced_one_no_longer() {
        Workspace first = workspace("a");
        insert(first, "old");
        assertEquals(Optional.empty(), holder("old"));
        registry.add(first, List.of("seam_a"));
        assertEquals(Optional.of("a"), holder("old"));

        Workspace fresh = workspace("a"); // a workspace reset: same id, new instance
        insert(fresh, "new");
        registry.replace(fresh);
        assertEquals(Optional.empty(), holder("old"));
        assertEquals(Optional.of("a"), holder("new"));
        insert(first, "late"); // a request that still held the old instance: not published
        assertEquals(Optional.empty(), holder("late"));
        assertEquals(1, registry.linkedRows(WEBVIEWS));
    }

    @Test
    void removed_cleared_and_swapped_out_workspaces_take_their_rows_with_them() {
        Workspace a = workspace("a");
        Workspace b = workspace("b");
        registry.add(a, List.of("seam_a"));
        registry.add(b, List.of("seam_b"));
        insert(a, "wa");
        insert(b, "wb");
        registry.remove("a"); // auto-workspace eviction
        assertEquals(Optional.empty(), holder("wa"));
        assertEquals(Optional.of("b"), holder("wb"));

        Workspace imported = workspace("c");
        insert(imported, "wc");
        registry.swap(w -> { // an import of scope "simulator"
            w.clear();
            w.add(imported, List.of("seam_c"));
            assertEquals(Optional.empty(), holder("wc"), "not before the swap is in place");
            assertEquals(Optional.of("b"), holder("wb"), "still there until it is");
        });
        assertEquals(Optional.empty(), holder("wb"));
        assertEquals(Optional.of("c"), holder("wc"));
        insert(imported, "wc2");
        assertEquals(Optional.of("c"), holder("wc2"));

        registry.swap(w -> w.add(workspace("d"), List.of("seam_d"))); // an import of one workspace keeps the rest
        assertEquals(Optional.of("c"), holder("wc"));
        registry.clear();
        assertEquals(Optional.empty(), holder("wc"));
        assertEquals(0, registry.linkedRows(WEBVIEWS));
    }

    @Test
    void an_id_in_two_workspaces_stays_found_in_the_other_when_one_lets_go() {
        Workspace a = workspace("a");
        Workspace b = workspace("b");
        registry.add(a, List.of("seam_a"));
        registry.add(b, List.of("seam_b"));
        insert(b, "same");
        insert(a, "same");
        assertEquals(Optional.of("a"), holder("same"), "the first workspace in creation order");
        a.write(() -> a.table(WEBVIEWS).delete("same"));
        assertEquals(Optional.of("b"), holder("same"));
        registry.remove("b");
        assertEquals(Optional.empty(), holder("same"));
    }
}
