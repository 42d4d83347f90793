package dev.seamsim.store;

import dev.seamsim.error.SeamException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * A {@link Table}'s indexes over its rows: each unique field's values to the id holding them, and the secondary
 * (non-unique) indexes from a field's values to row positions. The table calls {@link #add} and {@link #remove}
 * for every row that enters or leaves a position, and {@link #checkUnique} before it does.
 */
final class TableIndexes<R> {
    private final TableDef<R> def;
    /** One map per {@link TableDef#uniqueFields}, in the same order: value → id of the row holding it. */
    final List<Map<String, String>> idsByUniqueValue = new ArrayList<>();
    final List<SecondaryIndex<R>> secondaries = new ArrayList<>();

    TableIndexes(TableDef<R> def) {
        this.def = def;
        for (int i = 0; i < def.uniqueFields.size(); i++) idsByUniqueValue.add(new HashMap<>());
        def.indexedFields.forEach(field -> secondaries.add(new SecondaryIndex<>(field)));
    }

    /** A 409 duplicate when another row than {@code selfId} (null: any row) holds one of {@code row}'s unique values. */
    void checkUnique(R row, String selfId) {
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

    void add(Long seq, R row, String id) {
        for (int i = 0; i < def.uniqueFields.size(); i++) {
            String value = def.uniqueFields.get(i).valueOf().apply(row);
            if (value != null) idsByUniqueValue.get(i).put(value, id);
        }
        for (SecondaryIndex<R> index : secondaries) index.add(seq, row);
    }

    void remove(Long seq, R row, String id) {
        for (int i = 0; i < def.uniqueFields.size(); i++) {
            String value = def.uniqueFields.get(i).valueOf().apply(row);
            if (value != null) idsByUniqueValue.get(i).remove(value, id);
        }
        for (SecondaryIndex<R> index : secondaries) index.remove(seq, row);
    }

    boolean isUnique(String field) {
        return uniqueIndexOf(field) >= 0;
    }

    /** The id of the row holding {@code value} in the unique field {@code field}, or null. */
    String idByUnique(String field, String value) {
        int i = uniqueIndexOf(field);
        if (i < 0) throw new IllegalArgumentException(def.resource + " has no unique field " + field);
        return idsByUniqueValue.get(i).get(value);
    }

    /** The secondary index on {@code field}, or null when there is none. */
    SecondaryIndex<R> secondary(String field) {
        for (SecondaryIndex<R> index : secondaries) {
            if (index.field.field().equals(field)) return index;
        }
        return null;
    }

    /** Each indexed field's values with the positions of the rows holding them, as the index has them now. */
    Map<String, Map<String, NavigableSet<Long>>> secondarySnapshot() {
        Map<String, Map<String, NavigableSet<Long>>> out = new TreeMap<>();
        secondaries.forEach(index -> out.put(index.field.field(), index.snapshot()));
        return out;
    }

    private int uniqueIndexOf(String field) {
        for (int i = 0; i < def.uniqueFields.size(); i++) {
            if (def.uniqueFields.get(i).field().equals(field)) return i;
        }
        return -1;
    }
}
