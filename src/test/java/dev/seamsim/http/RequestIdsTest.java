package dev.seamsim.http;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

class RequestIdsTest {
    @Test
    void request_ids_are_distinct_version_4_uuids_in_canonical_text() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.next();
            assertThat(id, matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
            UUID parsed = UUID.fromString(id);
            assertThat(parsed.version(), equalTo(4));
            assertThat(parsed.variant(), equalTo(2));
            seen.add(id);
        }
        assertThat(seen.size(), equalTo(10_000));
    }
}
