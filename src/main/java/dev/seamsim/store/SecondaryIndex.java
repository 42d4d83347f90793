package dev.seamsim.store;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * One non-unique index of a {@link Table}: each value of the field to the positions of the rows holding it, in
 * creation order, so a filtered list seeks to its cursor ({@code tailSet}) instead of walking the whole table.
 * A value held by a single row (the common case: one account per customer_key) costs one map entry and no set.
 */
final class SecondaryIndex<R> {
    final TableDef.IndexedField<R> field;
    /** A Long (one row) or a TreeSet of Longs (several). */
    private final Map<String, Object> seqsByValue = new HashMap<>();

    SecondaryIndex(TableDef.IndexedField<R> field) {
        this.field = field;
    }

    void add(Long seq, R row) {
        for (String value : valuesOf(row)) {
            if (value == null) continue;
            seqsByValue.merge(value, seq, (held, one) -> {
                if (held instanceof Long single) {
                    if (single.equals(seq)) return single;
                    TreeSet<Long> set = new TreeSet<>();
                    set.add(single);
                    set.add(seq);
                    return set;
                }
                asSet(held).add(seq);
                return held;
            });
        }
    }

    void remove(Long seq, R row) {
        for (String value : valuesOf(row)) {
            if (value == null) continue;
            seqsByValue.computeIfPresent(value, (v, held) -> {
                if (held instanceof Long single) return single.equals(seq) ? null : single;
                TreeSet<Long> set = asSet(held);
                set.remove(seq);
                return set.size() == 1 ? set.first() : set;
            });
        }
    }

    private Collection<String> valuesOf(R row) {
        Collection<String> values = field.valuesOf().apply(row);
        return values == null ? List.of() : values;
    }

    /** The positions of the rows holding {@code value}, ascending (read only). */
    NavigableSet<Long> seqs(String value) {
        Object held = seqsByValue.get(value);
        if (held == null) return Collections.emptyNavigableSet();
        if (held instanceof Long single) return Collections.unmodifiableNavigableSet(new TreeSet<>(Collections.singleton(single)));
        return Collections.unmodifiableNavigableSet(asSet(held));
    }

    /** Every indexed value with its positions (for integrity checks and tests). */
    Map<String, NavigableSet<Long>> snapshot() {
        Map<String, NavigableSet<Long>> out = new HashMap<>();
        seqsByValue.keySet().forEach(value -> out.put(value, new TreeSet<>(seqs(value))));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static TreeSet<Long> asSet(Object held) {
        return (TreeSet<Long>) held;
    }
}
