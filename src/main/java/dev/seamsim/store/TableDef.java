package dev.seamsim.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Declares a resource table once, in the resource's own package: its name (for errors), how to read a row's id,
 * which fields are unique within a workspace, which are indexed for lookups, and whether its rows are reached by
 * a link alone. Every workspace builds its own {@link Table} from it.
 */
public final class TableDef<R> {
    /** A field whose non-null value is unique among a workspace's rows. */
    public record UniqueField<R>(String field, Function<R, String> valueOf) {}

    /** A field looked up often (list filters, cascades): indexed from each of its values to the rows holding it. */
    public record IndexedField<R>(String field, Function<R, Collection<String>> valuesOf) {}

    final String resource;
    final Function<R, String> idOf;
    final List<UniqueField<R>> uniqueFields;
    final List<IndexedField<R>> indexedFields;
    final boolean reachableByLink;

    private TableDef(String resource, Function<R, String> idOf, List<UniqueField<R>> uniqueFields,
                     List<IndexedField<R>> indexedFields, boolean reachableByLink) {
        this.resource = resource;
        this.idOf = idOf;
        this.uniqueFields = List.copyOf(uniqueFields);
        this.indexedFields = List.copyOf(indexedFields);
        this.reachableByLink = reachableByLink;
    }

    public static <R> TableDef<R> of(String resource, Function<R, String> idOf) {
        return new TableDef<>(resource, idOf, List.of(), List.of(), false);
    }

    public TableDef<R> unique(String field, Function<R, String> valueOf) {
        List<UniqueField<R>> fields = new ArrayList<>(uniqueFields);
        fields.add(new UniqueField<>(field, valueOf));
        return new TableDef<>(resource, idOf, fields, indexedFields, reachableByLink);
    }

    /** A non-unique index on a field with one value per row (rows where it is null are not indexed). */
    public TableDef<R> index(String field, Function<R, String> valueOf) {
        return indexEach(field, row -> {
            String value = valueOf.apply(row);
            return value == null ? List.of() : List.of(value);
        });
    }

    /** A non-unique index on a field holding several values per row (a list of ids): a row is under each. */
    public TableDef<R> indexEach(String field, Function<R, Collection<String>> valuesOf) {
        List<IndexedField<R>> fields = new ArrayList<>(indexedFields);
        fields.add(new IndexedField<>(field, valuesOf));
        return new TableDef<>(resource, idOf, uniqueFields, fields, reachableByLink);
    }

    /**
     * Rows found by id alone, without knowing their workspace (a page link is the credential):
     * {@link Workspaces#holderOf} answers which registered workspace holds one, without a scan.
     */
    public TableDef<R> reachableByLink() {
        return new TableDef<>(resource, idOf, uniqueFields, indexedFields, true);
    }

    public String resource() { return resource; }

    public String idOf(R row) { return idOf.apply(row); }
}
