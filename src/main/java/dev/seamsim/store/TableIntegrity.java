package dev.seamsim.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;

/**
 * Checks one table's bookkeeping against its rows (race tests, {@code SeamSimulator.integrityProblems()}):
 * positions and ids agree both ways, the next position is past the last row, every unique index holds exactly
 * the live rows' non-null values, and every secondary index holds exactly each row's non-null values at its
 * position, with no empty entries.
 */
record TableIntegrity<R>(TableDef<R> def, NavigableMap<Long, R> bySeq, Map<String, Long> seqById,
                         List<Map<String, String>> idsByUniqueValue, List<SecondaryIndex<R>> indexes, long nextSeq) {

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        positionsAndIds(problems);
        for (int i = 0; i < def.uniqueFields.size(); i++) uniqueIndex(def.uniqueFields.get(i), idsByUniqueValue.get(i), problems);
        for (SecondaryIndex<R> index : indexes) secondaryIndex(index, problems);
        return problems;
    }

    private void positionsAndIds(List<String> problems) {
        String name = def.resource;
        if (bySeq.size() != seqById.size()) problems.add(name + ": " + bySeq.size() + " rows but " + seqById.size() + " ids");
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
    }

    private void uniqueIndex(TableDef.UniqueField<R> field, Map<String, String> index, List<String> problems) {
        String name = def.resource;
        index.forEach((value, id) -> {
            Long seq = seqById.get(id);
            R row = seq == null ? null : bySeq.get(seq);
            if (row == null || !value.equals(field.valueOf().apply(row))) {
                problems.add(name + " " + field.field() + " \"" + value + "\" is indexed to " + id + ", which "
                        + (row == null ? "is gone" : "has \"" + field.valueOf().apply(row) + "\""));
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

    private void secondaryIndex(SecondaryIndex<R> index, List<String> problems) {
        String name = def.resource + " index " + index.field.field();
        Map<String, NavigableSet<Long>> held = index.snapshot();
        held.forEach((value, seqs) -> {
            if (seqs.isEmpty()) problems.add(name + ": \"" + value + "\" has an empty entry");
            for (Long seq : seqs) {
                R row = bySeq.get(seq);
                if (row == null || !valuesOf(index, row).contains(value)) {
                    problems.add(name + ": \"" + value + "\" lists position " + seq + ", which "
                            + (row == null ? "holds nothing" : "holds " + def.idOf.apply(row) + " without that value"));
                }
            }
        });
        bySeq.forEach((seq, row) -> {
            for (String value : valuesOf(index, row)) {
                if (value == null) continue;
                NavigableSet<Long> seqs = held.get(value);
                if (seqs == null || !seqs.contains(seq)) {
                    problems.add(name + ": " + def.idOf.apply(row) + " has \"" + value + "\" but is not indexed under it");
                }
            }
        });
    }

    private static <R> Collection<String> valuesOf(SecondaryIndex<R> index, R row) {
        Collection<String> values = index.field.valuesOf().apply(row);
        return values == null ? List.of() : values;
    }
}
