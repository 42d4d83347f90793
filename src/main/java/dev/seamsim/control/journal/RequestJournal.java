package dev.seamsim.control.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.seamsim.http.Json;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The requests the simulator answered, newest last, bounded by count and by age so that a long-running container
 * cannot grow without limit: adding beyond {@code maxEntries} drops the oldest, and entries older than
 * {@code maxAge} are dropped on every add and read. Bodies are cut at {@link #MAX_BODY_CHARS}.
 * <p>
 * A plain deque rather than a Caffeine cache: Caffeine's size eviction (W-TinyLFU) may turn away the newest entry
 * instead of the oldest, while a journal must keep exactly the newest ones.
 */
public final class RequestJournal {
    public static final int DEFAULT_MAX_ENTRIES = 1000;
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);
    /** Longest body (request or response) kept, in characters. */
    public static final int MAX_BODY_CHARS = 16 * 1024;

    /** What the HTTP layer saw of one request, before the journal numbers and stamps it. */
    record Observed(String method, String path, Map<String, List<String>> query, String requestBody, int status,
                    String responseBody, double durationMs, String seamRequestId, String workspaceId) {}

    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final LongSupplier ticker;
    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private long nextId = 1;

    /** Ages are measured on the real monotonic clock, so moving the simulator's clock does not empty the journal. */
    public RequestJournal(int maxEntries, Duration maxAge, Clock clock) {
        this(maxEntries, maxAge, clock, System::nanoTime);
    }

    /** {@code ticker} gives nanoseconds for the age bound (tests pass a fake one). */
    public RequestJournal(int maxEntries, Duration maxAge, Clock clock, LongSupplier ticker) {
        if (maxEntries < 0) throw new IllegalArgumentException("journal size must be at least 0, not " + maxEntries);
        if (maxAge.isNegative() || maxAge.isZero()) throw new IllegalArgumentException("journal age must be positive");
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
        this.ticker = ticker;
    }

    public int maxEntries() { return maxEntries; }
    public Duration maxAge() { return maxAge; }

    /**
     * Every request thread comes here, so the lock covers only numbering and the deque: a thread descheduled while
     * holding it (likely on a busy machine) stalls all the others.
     */
    void add(Observed o) {
        if (maxEntries == 0) return;
        Instant timestamp = clock.instant();
        String request = cut(o.requestBody());
        String response = cut(o.responseBody());
        boolean requestTruncated = request != null && request.length() < length(o.requestBody());
        boolean responseTruncated = response != null && response.length() < length(o.responseBody());
        synchronized (this) {
            long now = ticker.getAsLong();
            dropExpired(now);
            entries.addLast(new JournalEntry(nextId++, now, timestamp, o.method(), o.path(), o.query(), request,
                    requestTruncated, o.status(), response, responseTruncated, o.durationMs(), o.seamRequestId(),
                    o.workspaceId()));
            while (entries.size() > maxEntries) entries.removeFirst();
        }
    }

    /** The entries that match, newest first. */
    public List<RecordedRequest> find(JournalQuery query) {
        List<JournalEntry> found = new ArrayList<>();
        synchronized (this) {
            dropExpired(ticker.getAsLong());
            for (Iterator<JournalEntry> it = entries.descendingIterator(); it.hasNext() && found.size() < query.limit(); ) {
                JournalEntry e = it.next();
                if (query.matches(e)) found.add(e);
            }
        }
        return found.stream().map(RequestJournal::view).toList();
    }

    public synchronized int size() {
        dropExpired(ticker.getAsLong());
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }

    private void dropExpired(long now) {
        long maxAgeNanos = maxAge.toNanos();
        while (!entries.isEmpty() && now - entries.peekFirst().recordedAtNanos() > maxAgeNanos) entries.removeFirst();
    }

    private static String cut(String body) {
        if (body == null || body.isEmpty()) return null;
        return body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
    }

    private static int length(String body) {
        return body == null ? 0 : body.length();
    }

    private static RecordedRequest view(JournalEntry e) {
        Map<String, Object> query = new LinkedHashMap<>();
        e.query().forEach((k, v) -> query.put(k, v.size() == 1 ? v.get(0) : v));
        return new RecordedRequest(e.id(), e.timestamp(), e.method(), e.path(), query,
                body(e.requestBody(), e.requestBodyTruncated()), e.requestBodyTruncated(), e.status(),
                body(e.responseBody(), e.responseBodyTruncated()), e.responseBodyTruncated(), e.durationMs(),
                e.seamRequestId(), e.workspaceId());
    }

    /** Parsed JSON when the text is whole JSON, else the text itself. */
    private static JsonNode body(String text, boolean truncated) {
        if (text == null) return null;
        if (!truncated) {
            try {
                return Json.MAPPER.readTree(text);
            } catch (Exception notJson) {
                // fall through: kept as text
            }
        }
        return TextNode.valueOf(text);
    }
}
