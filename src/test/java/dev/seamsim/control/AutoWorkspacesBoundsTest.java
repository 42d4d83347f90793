package dev.seamsim.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds of the auto-workspace cache, on a fake ticker so that idle time passes without sleeping. */
class AutoWorkspacesBoundsTest {
    private final AtomicLong nanos = new AtomicLong();
    private final List<String> made = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private final AutoWorkspaces auto = new AutoWorkspaces(3, Duration.ofMinutes(30), nanos::get, key -> {
        String id = "ws-" + made.size();
        made.add(id);
        return id;
    }, dropped::add);

    @Test
    void a_key_in_use_keeps_its_workspace_and_one_idle_past_the_bound_gets_a_fresh_one() {
        String first = auto.workspaceIdFor("seam_key_a").orElseThrow();
        for (int i = 0; i < 3; i++) {
            minutes(29);
            assertEquals(first, auto.workspaceIdFor("seam_key_a").orElseThrow(), "after " + (i + 1) * 29 + " min");
        }
        minutes(31);
        String fresh = auto.workspaceIdFor("seam_key_a").orElseThrow();
        assertNotEquals(first, fresh);
        assertEquals(List.of(first), dropped);
    }

    @Test
    void an_idle_workspace_is_dropped_when_the_cache_is_next_written() {
        String idle = auto.workspaceIdFor("seam_key_a").orElseThrow();
        minutes(20);
        String busy = auto.workspaceIdFor("seam_key_b").orElseThrow();
        minutes(11);
        auto.workspaceIdFor("seam_key_c");
        assertEquals(List.of(idle), dropped);
        assertEquals(List.of(), auto.keysOf(idle));
        assertEquals(List.of("seam_key_b"), auto.keysOf(busy));
    }

    @Test
    void never_more_than_the_maximum_live() {
        for (int i = 0; i < 20; i++) {
            auto.workspaceIdFor("seam_key_" + i).orElseThrow();
            auto.workspaceIdFor("seam_key_" + i).orElseThrow();
            assertTrue(made.size() - dropped.size() <= 3, "live after key " + i + ": " + (made.size() - dropped.size()));
        }
        assertEquals(20, made.size());
        assertEquals(17, dropped.size());
    }

    @Test
    void only_well_formed_api_keys_get_a_workspace() {
        for (String token : List.of("seam_at1_token", "seam_cst_abc", "seam_pk_abc", "seam_ab", "other_key",
                "seam_with space", "seam_" + "x".repeat(201))) {
            assertEquals(Optional.empty(), auto.workspaceIdFor(token), token);
        }
        assertEquals(List.of(), made);
        assertTrue(AutoWorkspaces.isApiKey("seam_" + "x".repeat(200)));
        assertTrue(AutoWorkspaces.isApiKey("seam_test_A-b_9"));
    }

    @Test
    void clear_forgets_every_key_and_leaves_dropping_the_workspaces_to_the_caller() {
        String a = auto.workspaceIdFor("seam_key_a").orElseThrow();
        auto.workspaceIdFor("seam_key_b");
        auto.clear();
        assertEquals(List.of(), dropped);
        assertEquals(List.of(), auto.keysOf(a));
        assertEquals("ws-2", auto.workspaceIdFor("seam_key_a").orElseThrow());
    }

    @Test
    void the_description_states_both_bounds() {
        String text = auto.describe();
        assertTrue(text.contains("at most 3") && text.contains("30 min"), text);
    }

    private void minutes(long n) {
        nanos.addAndGet(Duration.ofMinutes(n).toNanos());
    }
}
