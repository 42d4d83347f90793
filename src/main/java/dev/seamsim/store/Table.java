package dev.seamsim.store;

import dev.seamsim.error.SeamException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One workspace's rows of one resource, in creation order, with its unique-key and secondary indexes
 * ({@link TableIndexes}). Not thread-safe on its own: {@link Workspace#read} and {@link Workspace#write} guard
 * every access.
 */
public final class Table<R> {
    private final TableDef<R> def;
    private final UndoLog undo;
    private final Workspace owner;
    private final NavigableMap<Long, R> bySeq = new TreeMap<>();
    private final Map<String, Long> seqById = new HashMap<>();
    private final TableIndexes<R> indexes;
    private long nextSeq = 1;

    Table(TableDef<R> def, UndoLog undo, Workspace owner) {
        this.def = def;
        this.undo = undo;
        this.owner = owner;
        this.indexes = new TableIndexes<>(def);
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
        return find(indexes.idByUnique(field, value));
    }

    public R requireByUnique(String field, String value) {
        return findByUnique(field, value).orElseThrow(() -> SeamException.notFound(def.resource));
    }

    public Stream<R> all() {
        return bySeq.values().stream();
    }

    /** Every row's id, in creation order. */
    Stream<String> ids() {
        return bySeq.values().stream().map(def.idOf);
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
        indexes.checkUnique(row, null);
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
        return page(Where.all(), filter, after, limit);
    }

    /**
     * As {@link #page(Predicate, long, int)}, visiting only the rows {@code where} selects through the indexes,
     * from the cursor on: the cost follows the rows of the filtered set, not the table's size.
     */
    public Page<R> page(Where where, Predicate<R> filter, long after, int limit) {
        List<R> items = new ArrayList<>();
        long last = after;
        for (Iterator<Map.Entry<Long, R>> rows = rowsAfter(where, after); rows.hasNext(); ) {
            Map.Entry<Long, R> e = rows.next();
            if (!filter.test(e.getValue())) continue;
            if (items.size() == limit) return new Page<>(items, last);
            items.add(e.getValue());
            last = e.getKey();
        }
        return new Page<>(items, null);
    }

    /** The rows whose {@code field} (the id, a unique or an indexed field) holds {@code value}, in creation order. */
    public List<R> where(String field, String value) {
        return matching(Where.all().and(field, value)).toList();
    }

    /** The rows {@code where} selects, in creation order; a lazy stream: collect it before changing the table. */
    public Stream<R> matching(Where where) {
        NavigableSet<Long> seqs = candidates(where);
        return seqs == null ? all() : seqs.stream().map(bySeq::get);
    }

    private Iterator<Map.Entry<Long, R>> rowsAfter(Where where, long after) {
        NavigableSet<Long> seqs = candidates(where);
        if (seqs == null) return bySeq.tailMap(after, false).entrySet().iterator();
        Iterator<Long> tail = seqs.tailSet(after, false).iterator();
        return new Iterator<>() {
            @Override public boolean hasNext() { return tail.hasNext(); }
            @Override public Map.Entry<Long, R> next() {
                Long seq = tail.next();
                return Map.entry(seq, bySeq.get(seq));
            }
        };
    }

    /** The positions the narrowest clause allows (null: no clause, every row); a copy or a read-only view. */
    private NavigableSet<Long> candidates(Where where) {
        NavigableSet<Long> best = null;
        for (Where.Clause clause : where.clauses) {
            NavigableSet<Long> seqs;
            if (clause.anyOf().size() == 1) {
                seqs = seqsOf(clause.field(), clause.anyOf().iterator().next());
            } else {
                seqs = new TreeSet<>();
                for (String value : clause.anyOf()) seqs.addAll(seqsOf(clause.field(), value));
            }
            if (best == null || seqs.size() < best.size()) best = seqs;
        }
        return best;
    }

    private NavigableSet<Long> seqsOf(String field, String value) {
        if (field.equals(Where.ID)) return single(seqById.get(value));
        if (indexes.isUnique(field)) {
            String id = indexes.idByUnique(field, value);
            return single(id == null ? null : seqById.get(id));
        }
        SecondaryIndex<R> index = indexes.secondary(field);
        if (index == null) throw new IllegalArgumentException(def.resource + " has no index on " + field);
        return index.seqs(value);
    }

    private static NavigableSet<Long> single(Long seq) {
        return seq == null ? Collections.emptyNavigableSet() : new TreeSet<>(List.of(seq));
    }

    /** Each indexed field's values with the positions of the rows holding them, as the index has them now. */
    public Map<String, Map<String, NavigableSet<Long>>> secondaryIndexes() {
        return indexes.secondarySnapshot();
    }

    public R insert(R row) {
        String id = def.idOf.apply(row);
        if (seqById.containsKey(id)) throw new IllegalStateException("duplicate id " + id);
        indexes.checkUnique(row, null);
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
        indexes.checkUnique(row, id);
        replace(seq, old, row);
        undo.record(() -> replace(seq, row, old));
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
     * What is wrong with this table's own bookkeeping, in words (empty when sound); see {@link TableIntegrity}.
     * Call inside read or write.
     */
    public List<String> integrityProblems() {
        return new TableIntegrity<>(def, bySeq, seqById, indexes.idsByUniqueValue, indexes.secondaries, nextSeq)
                .problems();
    }

    // Every change of a row goes through put, remove or replace (the undo log's steps too), which keep the unique
    // and secondary indexes and the owner's link directory in step with the rows.

    private void put(long seq, R row) {
        String id = def.idOf.apply(row);
        Long position = seq;
        bySeq.put(position, row);
        seqById.put(id, position);
        indexes.add(position, row, id);
        owner.rowsChanged(1);
        if (def.reachableByLink) owner.linked(def, id, true);
    }

    private void remove(long seq, R row) {
        String id = def.idOf.apply(row);
        Long position = seq;
        bySeq.remove(position);
        seqById.remove(id);
        indexes.remove(position, row, id);
        owner.rowsChanged(-1);
        if (def.reachableByLink) owner.linked(def, id, false);
    }

    /** A new version of the row at {@code seq}, same id: it never leaves the table (nor the link directory). */
    private void replace(long seq, R old, R row) {
        String id = def.idOf.apply(row);
        Long position = seqById.get(id);
        bySeq.put(position, row);
        indexes.remove(position, old, id);
        indexes.add(position, row, id);
    }

    /** Tells {@code directory} about every row (when the owner joins a registry) or takes them back (leaves). */
    void publishAll(LinkDirectory directory, boolean present) {
        if (!def.reachableByLink) return;
        for (R row : bySeq.values()) {
            if (present) directory.publish(def, def.idOf.apply(row), owner);
            else directory.withdraw(def, def.idOf.apply(row), owner);
        }
    }
}
