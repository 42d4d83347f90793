package dev.seamsim.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<TableDef<?>, Table<?>> tables = new ConcurrentHashMap<>();
    /** Committed writes so far, so a saver can tell cheaply whether anything changed (see {@link #changes}). */
    private volatile long changes;

    private volatile long maxObjects = Long.MAX_VALUE;
    /** Rows of all tables together, kept by the tables: every write checks it against the cap. */
    private long rows;

    /** This workspace alone, as the link directory holds it for each of its ids (one list, not one per row). */
    final List<Workspace> alone = List.of(this);

    /** Where rows reached by link are published while this workspace is registered; null otherwise. */
    private LinkDirectory links;

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
    /** How many writes have been committed; it only grows (a no-op write counts too). */
    public long changes() { return changes; }
    public Instant now() { return generators.now(); }

    /**
     * Caps the rows of all tables together: a write that would leave more is undone and refused (409
     * object_limit_exceeded). Refused at once, and not set, when the workspace already holds more.
     */
    void capObjects(long max) {
        long count = read(this::objectCount);
        if (count > max) throw Capacity.objects(id, max, count);
        maxObjects = max;
    }

    /** Rows of all tables together; inside read or write. */
    private long objectCount() {
        return rows;
    }

    /** Called by a table (inside write, or restoring) when a row enters (+1) or leaves (-1) it. */
    void rowsChanged(int delta) {
        rows += delta;
    }

    /** This workspace's table for a resource; only to be used inside read or write. */
    @SuppressWarnings("unchecked")
    public <R> Table<R> table(TableDef<R> def) {
        requireLock();
        Table<?> table = tables.get(def); // every read comes here: no lock once the table exists
        return (Table<R>) (table != null ? table : tables.computeIfAbsent(def, d -> new Table<>(d, undo, this)));
    }

    /** Every table this workspace has made so far (one never touched is empty); only inside read or write. */
    public List<Table<?>> tables() {
        requireLock();
        return List.copyOf(tables.values());
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
                if (objectCount() > maxObjects) throw Capacity.objects(id, maxObjects, null);
                undo.commit();
                changes++; // only the write-lock holder gets here
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

    /**
     * Starts publishing this workspace's rows reached by link to {@code directory} (it joined a registry): all
     * present now, then each insert and delete, under the write lock, so none is missed.
     */
    void attach(LinkDirectory directory) {
        publishAll(directory, true);
    }

    /** Stops publishing and takes back every row published (it left its registry: reset, replaced, removed). */
    void detach(LinkDirectory directory) {
        publishAll(directory, false);
    }

    private void publishAll(LinkDirectory directory, boolean present) {
        lock.writeLock().lock();
        try {
            if (present == (links == directory)) return;
            links = present ? directory : null;
            tables.values().forEach(t -> t.publishAll(directory, present));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * What is wrong between this registered workspace and {@code directory}, under the read lock: it must publish
     * there, every row reached by link must have its entry, and each of {@code published} (entries naming this
     * workspace, taken a moment earlier) whose row is missing must be gone from the directory by now.
     */
    List<String> linkProblems(LinkDirectory directory, List<LinkDirectory.Entry> published) {
        return read(() -> {
            List<String> problems = new ArrayList<>();
            if (links != directory) problems.add("workspace " + id + " is registered but does not publish its rows");
            tables.forEach((def, table) -> {
                if (!def.reachableByLink) return;
                table.ids().filter(rowId -> !directory.holders(def, rowId).contains(this)).forEach(rowId ->
                        problems.add(def.resource + " " + rowId + " of workspace " + id + " has no entry"));
            });
            for (LinkDirectory.Entry entry : published) {
                Table<?> table = tables.get(entry.def());
                boolean held = table != null && table.find(entry.id()).isPresent();
                if (!held && directory.holders(entry.def(), entry.id()).contains(this)) {
                    problems.add(entry.def().resource + " " + entry.id() + " points to workspace " + id
                            + ", which holds no such row");
                }
            }
            return problems;
        });
    }

    /** Called by a table (under the write lock) when a row reached by link enters or leaves it. */
    void linked(TableDef<?> def, String rowId, boolean present) {
        if (links == null) return;
        if (present) links.publish(def, rowId, this);
        else links.withdraw(def, rowId, this);
    }
}
