package dev.seamsim.persistence;

import dev.seamsim.control.ControlPlane;
import dev.seamsim.error.SeamException;
import dev.seamsim.state.Snapshot;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the simulator's state in a file (--state-file): loads it at start, saves it every interval when something
 * changed, and once more on close. A save is the same state document GET /_fake/database returns, written
 * atomically ({@link StateFile}); a file that cannot be loaded stops the start and is never overwritten.
 */
public final class StateSaver implements AutoCloseable {
    /** Change counters: equal fingerprints mean nothing changed in between (see {@link Workspaces#changes()}). */
    private record Fingerprint(long registry, long writes) {}

    private final ControlPlane control;
    private final StateFile file;
    private final StateFileLock lock;
    private final Duration interval;
    private final String loaded;
    private ScheduledExecutorService timer;
    private Fingerprint saved; // guarded by this
    private boolean closed; // guarded by this

    private StateSaver(ControlPlane control, StateFile file, StateFileLock lock, Duration interval, String loaded) {
        this.control = control;
        this.file = file;
        this.lock = lock;
        this.interval = interval;
        this.loaded = loaded;
    }

    /**
     * Locks {@code path} against other simulators ({@link StateFileLock}), then loads it into {@code control} (or,
     * when there is no such file yet, creates it from the current state, which also shows at once that it can be
     * written). Throws {@link StateFileException}, with the file untouched and the lock let go, when another
     * simulator uses it, or it cannot be read or is not a whole-simulator state document this version can load.
     */
    public static StateSaver open(ControlPlane control, Path path, Duration interval) {
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("the save interval must be positive");
        StateFile file = new StateFile(path);
        StateFileLock lock = StateFileLock.acquire(file); // first: nothing is read or cleaned up under another's feet
        try {
            return load(control, file, lock, interval);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static StateSaver load(ControlPlane control, StateFile file, StateFileLock lock, Duration interval) {
        Optional<String> text = file.read();
        String loaded;
        if (text.isPresent()) {
            Snapshot snapshot;
            try {
                snapshot = control.importState(text.get(), null);
            } catch (SeamException e) {
                throw file.problem("cannot be loaded: " + e.getMessage().replaceAll("\\s+", " "));
            }
            // Checked after the load, which is harmless: nothing serves this simulator yet, and start-up stops here.
            if (snapshot.scope() != Snapshot.Scope.SIMULATOR) {
                throw file.problem("cannot be loaded: it holds one workspace (scope \"workspace\"); a state file is a "
                        + "whole-simulator document, as GET /_fake/database without workspace_id returns it");
            }
            loaded = "loaded " + snapshot.workspaces().size() + " workspaces, " + snapshot.rows() + " rows";
        } else {
            loaded = "new";
        }
        file.removeStaleTemporaryFiles();
        StateSaver saver = new StateSaver(control, file, lock, interval, loaded);
        if (text.isPresent()) {
            saver.saved = saver.fingerprint(); // the file holds exactly this state already
        } else {
            try {
                saver.saveIfChanged();
            } catch (IOException e) {
                throw file.problem("cannot be written: " + e);
            }
        }
        return saver;
    }

    /** Starts the periodic saves. */
    public synchronized void start() {
        if (timer != null || closed) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "seam-sim-state-saver");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::periodicSave, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** For the start line: where the state is kept and what was loaded. */
    public String describe() {
        return "state file " + file.path() + " (" + loaded + "; saved every " + seconds(interval) + " s when changed)";
    }

    /** Writes the state if it changed since the last save; returns whether it wrote. */
    public synchronized boolean saveIfChanged() throws IOException {
        Fingerprint now = fingerprint(); // taken before the export: a change made during it is saved next time
        if (now.equals(saved)) return false;
        file.write(control.exportState(null));
        saved = now;
        return true;
    }

    /**
     * Stops the periodic saves, saves a last time and lets go of the file's lock; a failed save is a
     * {@link StateFileException} (the lock is let go all the same).
     */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            if (closed) return;
            closed = true;
            stopping = timer;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(1, TimeUnit.MINUTES); // a save in progress finishes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            saveIfChanged();
        } catch (IOException e) {
            throw file.problem("could not be saved on shutdown: " + e);
        } finally {
            lock.close();
        }
    }

    private void periodicSave() {
        try {
            saveIfChanged();
        } catch (IOException | RuntimeException e) {
            System.err.println("seam-simulator: " + file.path() + " could not be saved (will retry): " + e);
        }
    }

    private Fingerprint fingerprint() {
        Workspaces workspaces = control.workspaces();
        long registry = workspaces.changes(); // first: while it stays the same, so does the set of workspaces
        long writes = 0;
        for (Workspace ws : workspaces.all()) writes += ws.changes();
        return new Fingerprint(registry, writes);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0);
    }
}
