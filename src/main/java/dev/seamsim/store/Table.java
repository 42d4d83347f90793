package dev.seamsim.store;

import dev.seamsim.error.SeamException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One workspace's rows of one resource, in creation order, with its unique-key indexes. Not thread-safe on its
 * own: {@link Workspace#read} and {@link Workspace#write} guard every access.
 */
public final class Table<R> {
    private final TableDef<R> def;
    private final UndoLog undo;
    private final NavigableMap<Long, R> bySeq = new TreeMap<>();
    private final Map<String, Long> seqById = new HashMap<>();
    private final List<Map<String, String>> idsByUniqueValue = new ArrayList<>();
    private long nextSeq = 1;

    Table(TableDef<R> def, UndoLog undo) {
        this.def = def;
        this.undo = undo;
        for (int i = 0; i < def.uniqueFields.size(); i++) idsByUniqueValue.add(new HashMap<>());
    }

    public Optional<R> find(String id) {
        Long seq = id == null ? null : seqById.get(id);
        return seq == null ? Optional.empty() : Optional.of(bySeq.get(seq));
    }

    /** The row, or a 404 "<resource>_not_found". */
    public R require(String id) {
        return find(id).orElseThrow(() -> SeamException.notFound(def.resource));
    }

    public Optional<R> findByUnique(String field, String value) {
        for (int i = 0; i < def.uniqueFields.size(); i++) {
            if (def.uniqueFields.get(i).field().equals(field)) {
                return find(idsByUniqueValue.get(i).get(value));
            }
        }
        throw new IllegalArgumentException(def.resource + " has no unique field " + field);
    }

    public R requireByUnique(String field, String value) {
        return findByUnique(field, value).orElseThrow(() -> SeamException.notFound(def.resource));
    }

    public Stream<R> all() {
        return bySeq.values().stream();
    }

    public int size() {
        return bySeq.size();
    }

    /** Every row with its position, in creation order (for saving state). */
    public List<Map.Entry<Long, R>> rowsWithPositions() {
        return bySeq.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** The position the next inserted row gets. */
    public long nextPosition() {
        return nextSeq;
    }

    /**
     * Puts a saved row back at its position (loading state; not part of a write's undo log). Refuses a position
     * below 1 or already used, an id already present (IllegalArgumentException) and a taken unique key (409).
     */
    public void restore(long seq, R row) {
        String id = def.idOf.apply(row);
        if (seq < 1) throw new IllegalArgumentException("position " + seq + " is below 1");
        if (bySeq.containsKey(seq)) throw new IllegalArgumentException("position " + seq + " is used twice");
        if (seqById.containsKey(id)) throw new IllegalArgumentException("id " + id + " is used twice");
        checkUnique(row, null);
        put(seq, row);
        nextSeq = Math.max(nextSeq, seq + 1);
    }

    /** Sets where insertion continues after {@link #restore}; it must be after every row's position. */
    public void continueAt(long next) {
        if (!bySeq.isEmpty() && next <= bySeq.lastKey()) {
            throw new IllegalArgumentException("next position " + next + " is not after the last row's " + bySeq.lastKey());
        }
        if (next < 1) throw new IllegalArgumentException("next position " + next + " is below 1");
        nextSeq = next;
    }

    /**
     * Up to {@code limit} matching rows after position {@code after} (exclusive), seeking rather than skipping.
     * With limit 0 the page is empty and, if rows match, continues from where it started.
     */
    public Page<R> page(Predicate<R> filter, long after, int limit) {
        List<R> items = new ArrayList<>();
        for (Map.Entry<Long, R> e : bySeq.tailMap(after, false).entrySet()) {
            if (!filter.test(e.getValue())) continue;
            if (items.size() == limit) return new Page<>(items, items.isEmpty() ? after : lastSeq(items));
            items.add(e.getValue());
        }
        return new Page<>(items, null);
    }

    private Long lastSeq(List<R> items) {
        return seqById.get(def.idOf.apply(items.get(items.size() - 1)));
    }

    public R insert(R row) {
        String id = def.idOf.apply(row);
        if (seqById.containsKey(id)) throw new IllegalStateException("duplicate id " + id);
        checkUnique(row, null);
        long seq = nextSeq++;
        put(seq, row);
        undo.record(() -> {
            remove(seq, row);
            nextSeq = seq; // undone newest first, so a rolled-back write leaves the next position as it found it
        });
        return row;
    }

    /** Replaces the row with the same id; its unique values move with it (old ones become free). */
    public R update(R row) {
        String id = def.idOf.apply(row);
        Long seq = seqById.get(id);
        if (seq == null) throw SeamException.notFound(def.resource);
        R old = bySeq.get(seq);
        checkUnique(row, id);
        remove(seq, old);
        put(seq, row);
        undo.record(() -> {
            remove(seq, row);
            put(seq, old);
        });
        return row;
    }

    public void delete(String id) {
        Long seq = seqById.get(id);
        if (seq == null) throw SeamException.notFound(def.resource);
        R old = bySeq.get(seq);
        remove(seq, old);
        undo.record(() -> put(seq, old));
    }

    /**
     * What is wrong with this table's own bookkeeping, in words (empty when sound): positions and ids agree both
     * ways, and every unique index holds exactly the live rows' non-null values. Call inside read or write.
     */
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        String name = def.resource;
        if (bySeq.size() != seqById.size()) {
            problems.add(name + ": " + bySeq.size() + " rows but " + seqById.size() + " ids");
        }
        bySeq.forEach((seq, row) -> {
            Long indexed = seqById.get(def.idOf.apply(row));
            if (!seq.equals(indexed)) {
                problems.add(name + " " + def.idOf.apply(row) + " at position " + seq + " is indexed at " + indexed);
            }
        });
        seqById.forEach((id, seq) -> {
            R row = bySeq.get(seq);
            if (row == null || !id.equals(def.idOf.apply(row))) {
                problems.add(name + " id " + id + " points at position " + seq + ", which holds "
                        + (row == null ? "nothing" : def.idOf.apply(row)));
            }
        });
        if (!bySeq.isEmpty() && nextSeq <= bySeq.lastKey()) {
            problems.add(name + ": next position " + nextSeq + " is not after the last row's " + bySeq.lastKey());
        }
        for (int i = 0; i < def.uniqueFields.size(); i++) {
            TableDef.UniqueField<R> field = def.uniqueFields.get(i);
            Map<String, String> index = idsByUniqueValue.get(i);
            index.forEach((value, id) -> {
                Optional<R> row = find(id);
                if (row.isEmpty() || !value.equals(field.valueOf().apply(row.get()))) {
                    problems.add(name + " " + field.field() + " \"" + value + "\" is indexed to " + id + ", which "
                            + (row.isEmpty() ? "is gone" : "has \"" + field.valueOf().apply(row.get()) + "\""));
                }
            });
            for (R row : bySeq.values()) {
                String value = field.valueOf().apply(row);
                String id = def.idOf.apply(row);
                if (value != null && !id.equals(index.get(value))) {
                    problems.add(name + " " + id + " has " + field.field() + " \"" + value + "\" but the index names "
                            + index.get(value));
                }
            }
        }
        return problems;
    }

    private void checkUnique(R row, String selfId) {
        for (int i = 0; i < def.uniqueFields.size(); i++) {
            TableDef.UniqueField<R> field = def.uniqueFields.get(i);
            String value = field.valueOf().apply(row);
            if (value == null) continue;
            String holder = idsByUniqueValue.get(i).get(value);
            if (holder != null && !holder.equals(selfId)) {
                throw SeamException.duplicate(def.resource, field.field(), value, holder);
            }
        }
    }

    private void put(long seq, R row) {
        String id = def.idOf.apply(row);
        bySeq.put(seq, row);
        seqById.put(id, seq);
        for (int i = 0; i < def.uniqueFields.size(); i++) {
            String value = def.uniqueFields.get(i).valueOf().apply(row);
            if (value != null) idsByUniqueValue.get(i).put(value, id);
        }
    }

    private void remove(long seq, R row) {
        String id = def.idOf.apply(row);
        bySeq.remove(seq);
        seqById.remove(id);
        for (int i = 0; i < def.uniqueFields.size(); i++) {
            String value = def.uniqueFields.get(i).valueOf().apply(row);
            if (value != null) idsByUniqueValue.get(i).remove(value, id);
        }
    }
}
