package dev.seamsim.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * One workspace and all of its objects. Every read and write of its tables goes through {@link #read} or
 * {@link #write}; a write is all-or-nothing: if it throws, every table change it made is undone.
 */
public final class Workspace {
    private final String id;
    private final String name;
    private final String companyName;
    private final boolean sandbox;
    private final Instant createdAt;
    private final Generators generators;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final UndoLog undo = new UndoLog();
    private final Map<TableDef<?>, Table<?>> tables = new HashMap<>();

    public Workspace(String id, String name, String companyName, boolean sandbox, Generators generators) {
        this(id, name, companyName, sandbox, generators, generators.now());
    }

    /** A workspace made earlier (loading saved state). */
    public Workspace(String id, String name, String companyName, boolean sandbox, Generators generators,
                     Instant createdAt) {
        this.id = id;
        this.name = name;
        this.companyName = companyName;
        this.sandbox = sandbox;
        this.generators = generators;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String name() { return name; }
    public String companyName() { return companyName; }
    public boolean sandbox() { return sandbox; }
    public Instant createdAt() { return createdAt; }
    public String newId() { return generators.newId(); }
    public Instant now() { return generators.now(); }

    /** This workspace's table for a resource; only to be used inside read or write. */
    @SuppressWarnings("unchecked")
    public <R> Table<R> table(TableDef<R> def) {
        requireLock();
        synchronized (tables) {
            return (Table<R>) tables.computeIfAbsent(def, d -> new Table<>(d, undo));
        }
    }

    /** Every table this workspace has made so far (one never touched is empty); only inside read or write. */
    public List<Table<?>> tables() {
        requireLock();
        synchronized (tables) {
            return List.copyOf(tables.values());
        }
    }

    private void requireLock() {
        if (!lock.isWriteLockedByCurrentThread() && lock.getReadHoldCount() == 0) {
            throw new IllegalStateException("table access outside read/write of workspace " + id);
        }
    }

    public <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T write(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            if (lock.getWriteHoldCount() > 1) return work.get(); // nested: the outer write owns the undo log
            undo.begin();
            try {
                T result = work.get();
                undo.commit();
                return result;
            } catch (RuntimeException | Error e) {
                undo.rollback();
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
