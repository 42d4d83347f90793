package dev.seamsim.control.faults;

import dev.seamsim.error.SeamException;
import dev.seamsim.http.PathPattern;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** A fault in force: its spec plus how many calls it has left and has hit. */
final class ActiveFault {
    private static final int UNLIMITED = -1;

    final String id;
    final boolean outage;
    final FaultSpec spec;
    private final Instant createdAt;
    private final AtomicInteger remaining;
    private final AtomicLong hits = new AtomicLong();

    ActiveFault(String id, boolean outage, FaultSpec spec, Instant createdAt) {
        this.id = id;
        this.outage = outage;
        this.spec = spec;
        this.createdAt = createdAt;
        this.remaining = new AtomicInteger(spec.times() == null ? UNLIMITED : spec.times());
    }

    boolean matches(String method, String path, Supplier<String> workspaceId) {
        return PathPattern.matches(spec.path(), path)
                && (spec.method() == null || spec.method().equals(method))
                && (spec.workspaceId() == null || spec.workspaceId().equals(workspaceId.get()));
    }

    /** Takes one of the remaining calls; false when none is left (another thread took the last). */
    boolean claim() {
        while (true) {
            int left = remaining.get();
            if (left == 0) return false;
            if (left == UNLIMITED || remaining.compareAndSet(left, left - 1)) {
                hits.incrementAndGet();
                return true;
            }
        }
    }

    boolean exhausted() {
        return remaining.get() == 0;
    }

    long delayMs() {
        if (spec.delayMsMin() == null) return 0;
        return ThreadLocalRandom.current().nextLong(spec.delayMsMin(), spec.delayMsMax() + 1L);
    }

    boolean forcesStatus() {
        return spec.status() != null;
    }

    SeamException error(String method, String path) {
        String message = spec.message() != null ? spec.message()
                : outage ? "Simulated outage: " + path + " is unavailable in this workspace"
                : "Simulated fault " + id + " on " + method + " " + path;
        return new SeamException(spec.status(), spec.effectiveErrorType(), message, Map.of("data", Map.of("fault_id", id)));
    }

    Fault view() {
        int left = remaining.get();
        return new Fault(id, outage ? "outage" : "fault", spec.path(), spec.method(), spec.workspaceId(),
                spec.delayMsMin(), spec.delayMsMax(), spec.status(), forcesStatus() ? spec.effectiveErrorType() : null,
                spec.message(), spec.times(), left == UNLIMITED ? null : left, hits.get(), createdAt);
    }
}
