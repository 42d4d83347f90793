package dev.seamsim.control.faults;

import dev.seamsim.error.SeamException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Injected faults: latency and forced errors per route, and fake-seam-connect's workspace outages (a 503
 * service_unavailable on listed routes of one workspace). Every matching fault applies, oldest first: their
 * delays add up, then the first one with a status answers instead of the route. Used by /_fake/faults,
 * /_fake/simulate_workspace_outage and {@code SeamSimulator.faults()}.
 */
public final class Faults {
    /** Faults in force at most (outage routes count one each), so that a runaway client cannot fill memory. */
    public static final int MAX_FAULTS = 1000;

    private final List<ActiveFault> active = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final Clock clock;
    private final Predicate<String> workspaceExists;

    public Faults(Clock clock, Predicate<String> workspaceExists) {
        this.clock = clock;
        this.workspaceExists = workspaceExists;
    }

    /** Puts a fault in force; 400 invalid_input when the spec is not valid, 404 for an unknown workspace. */
    public synchronized Fault add(FaultSpec spec) {
        FaultSpec.reject(spec.problems());
        requireWorkspace(spec.workspaceId());
        requireRoom(active.size() + 1);
        ActiveFault fault = new ActiveFault("fault_" + nextId.getAndIncrement(), false, spec, clock.instant());
        active.add(fault);
        return fault.view();
    }

    /** The faults in force, oldest first. */
    public List<Fault> list() {
        return active.stream().map(ActiveFault::view).toList();
    }

    public Optional<Fault> get(String faultId) {
        return active.stream().filter(f -> f.id.equals(faultId)).findFirst().map(ActiveFault::view);
    }

    /** Takes one fault out; false when there is none with that id. */
    public boolean remove(String faultId) {
        return active.removeIf(f -> f.id.equals(faultId));
    }

    /** Takes every fault and outage out. */
    public void clear() {
        active.clear();
    }

    /** Takes out the faults and outages aimed at one workspace (it was reset or dropped). */
    public void clearWorkspace(String workspaceId) {
        active.removeIf(f -> workspaceId.equals(f.spec.workspaceId()));
    }

    /**
     * From now on, calls in {@code workspaceId} to these paths answer 503 service_unavailable until cleared;
     * replaces that workspace's earlier outage.
     */
    public synchronized List<Fault> simulateWorkspaceOutage(String workspaceId, List<String> routes) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (workspaceId == null || workspaceId.isEmpty()) problems.put("workspace_id", "Required");
        if (routes == null) problems.put("routes", "Required");
        List<FaultSpec> specs = new ArrayList<>();
        for (String route : routes == null ? List.<String>of() : routes) {
            FaultSpec spec = FaultSpec.on(route).workspace(workspaceId).status(503).errorType("service_unavailable");
            spec.problems().entrySet().stream().filter(e -> e.getKey().equals("path")).findFirst()
                    .ifPresent(e -> problems.putIfAbsent("routes", route + ": " + e.getValue()));
            specs.add(spec);
        }
        FaultSpec.reject(problems);
        requireWorkspace(workspaceId);
        requireRoom(active.stream().filter(f -> !(f.outage && workspaceId.equals(f.spec.workspaceId()))).count() + specs.size());
        clearOutages(workspaceId);
        List<Fault> made = new ArrayList<>();
        for (FaultSpec spec : specs) {
            ActiveFault fault = new ActiveFault("fault_" + nextId.getAndIncrement(), true, spec, clock.instant());
            active.add(fault);
            made.add(fault.view());
        }
        return made;
    }

    /** Ends the outage of one workspace, or of all when {@code workspaceId} is null. */
    public void clearOutages(String workspaceId) {
        active.removeIf(f -> f.outage && (workspaceId == null || workspaceId.equals(f.spec.workspaceId())));
    }

    /**
     * Applies the faults that match a call about to run: sleeps their delays, then throws the forced error if
     * one has a status. {@code workspaceId} is asked only when a workspace-bound fault matches path and method.
     */
    public void apply(String method, String path, Supplier<String> workspaceId) throws InterruptedException {
        if (active.isEmpty()) return;
        Supplier<String> workspace = memoized(workspaceId);
        long delayMs = 0;
        ActiveFault answer = null;
        for (ActiveFault fault : active) {
            if (!fault.matches(method, path, workspace) || !fault.claim()) continue;
            if (fault.exhausted()) active.remove(fault);
            delayMs += fault.delayMs();
            if (answer == null && fault.forcesStatus()) answer = fault;
        }
        if (delayMs > 0) Thread.sleep(Math.min(delayMs, FaultSpec.MAX_DELAY_MS));
        if (answer != null) throw answer.error(method, path);
    }

    private static void requireRoom(long wanted) {
        if (wanted > MAX_FAULTS) {
            throw new SeamException(409, "fault_limit_exceeded", "At most " + MAX_FAULTS + " faults can be in force; "
                    + "remove some (DELETE /_fake/faults) first", Map.of("data", Map.of("max_faults", MAX_FAULTS)));
        }
    }

    private void requireWorkspace(String workspaceId) {
        if (workspaceId != null && !workspaceExists.test(workspaceId)) throw SeamException.notFound("workspace");
    }

    private static Supplier<String> memoized(Supplier<String> supplier) {
        return new Supplier<>() {
            private boolean known;
            private String value;

            @Override
            public String get() {
                if (!known) {
                    value = supplier.get();
                    known = true;
                }
                return value;
            }
        };
    }
}
