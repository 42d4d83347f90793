package dev.seamsim.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which rows a filtered read visits, through the table's indexes: those matching every clause (every row when
 * there is none). A clause names the id ({@link #ID}), a unique field or an indexed field of the table. It only
 * narrows the rows visited; the caller's predicate still decides (and must test every condition itself).
 */
public final class Where {
    /** The pseudo-field for the row's own id. */
    public static final String ID = "id";

    record Clause(String field, Collection<String> anyOf) {}

    private static final Where ALL = new Where(List.of());

    final List<Clause> clauses;

    private Where(List<Clause> clauses) {
        this.clauses = clauses;
    }

    /** No narrowing: every row is visited. */
    public static Where all() {
        return ALL;
    }

    /** Rows whose {@code field} holds {@code value}; a null value adds no clause (the filter is not given). */
    public Where and(String field, String value) {
        return value == null ? this : with(new Clause(field, List.of(value)));
    }

    /** Rows whose {@code field} holds any of {@code values}; null adds no clause, an empty list matches nothing. */
    public Where andAnyOf(String field, Collection<String> values) {
        return values == null ? this : with(new Clause(field, List.copyOf(values)));
    }

    /** Whether any clause was given (otherwise every row is visited). */
    public boolean narrows() {
        return !clauses.isEmpty();
    }

    private Where with(Clause clause) {
        List<Clause> next = new ArrayList<>(clauses);
        next.add(clause);
        return new Where(List.copyOf(next));
    }
}
