package dev.seamsim.control.journal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The journal's bounds (count and age, on a fake ticker) and how it shows bodies. */
class RequestJournalTest {
    private final AtomicLong nanos = new AtomicLong();
    private final Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static RequestJournal.Observed call(String path, String requestBody, String responseBody) {
        return new RequestJournal.Observed("POST", path, Map.of(), requestBody, 200, responseBody, 1.5, "rid-" + path, null);
    }

    @Test
    void entries_older_than_the_max_age_are_dropped_on_read_and_on_add() {
        RequestJournal journal = new RequestJournal(100, Duration.ofMinutes(30), clock, nanos::get);
        journal.add(call("/old", null, null));
        nanos.addAndGet(Duration.ofMinutes(20).toNanos());
        journal.add(call("/newer", null, null));
        assertThat(journal.size(), equalTo(2));
        nanos.addAndGet(Duration.ofMinutes(11).toNanos());
        assertThat(journal.find(JournalQuery.all()).stream().map(RecordedRequest::path).toList(), equalTo(List.of("/newer")));
        nanos.addAndGet(Duration.ofMinutes(20).toNanos());
        journal.add(call("/newest", null, null));
        assertThat(journal.find(JournalQuery.all()).stream().map(RecordedRequest::path).toList(), equalTo(List.of("/newest")));
    }

    @Test
    void a_long_run_stays_within_the_count_and_keeps_the_newest() {
        RequestJournal journal = new RequestJournal(50, Duration.ofMinutes(30), clock, nanos::get);
        for (int i = 0; i < 10_000; i++) {
            nanos.addAndGet(1_000_000);
            journal.add(call("/p" + i, "{\"i\":" + i + "}", null));
        }
        List<RecordedRequest> kept = journal.find(JournalQuery.all().limit(1000));
        assertThat(kept, hasSize(50));
        assertThat(kept.get(0).path(), equalTo("/p9999"));
        assertThat(kept.get(49).path(), equalTo("/p9950"));
        assertThat(kept.get(0).requestBody().path("i").asInt(), equalTo(9999));
        assertThat(kept.get(0).id() - kept.get(49).id(), equalTo(49L));
    }

    @Test
    void size_zero_records_nothing_and_bad_bounds_are_refused() {
        RequestJournal off = new RequestJournal(0, Duration.ofMinutes(1), clock, nanos::get);
        off.add(call("/x", null, null));
        assertThat(off.find(JournalQuery.all()), empty());
        assertThrows(IllegalArgumentException.class, () -> new RequestJournal(-1, Duration.ofMinutes(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new RequestJournal(10, Duration.ZERO, clock));
    }

    @Test
    void bodies_are_json_when_whole_json_and_text_otherwise() {
        RequestJournal journal = new RequestJournal(10, Duration.ofMinutes(1), clock, nanos::get);
        journal.add(call("/html", "not json {", "<html>page</html>"));
        journal.add(call("/json", "{\"a\":[1,2]}", "{\"ok\":true}"));
        List<RecordedRequest> kept = journal.find(JournalQuery.all());
        assertThat(kept.get(0).requestBody().path("a").get(1).asInt(), equalTo(2));
        assertThat(kept.get(0).responseBody().path("ok").asBoolean(), equalTo(true));
        assertThat(kept.get(0).timestamp(), equalTo(clock.instant()));
        assertThat(kept.get(1).requestBody().asText(), equalTo("not json {"));
        assertThat(kept.get(1).responseBody().asText(), equalTo("<html>page</html>"));
        assertThat(kept.get(1).requestBodyTruncated(), equalTo(false));
    }
}
