package dev.seamsim.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Declares a resource table once, in the resource's own package: its name (for errors), how to read a row's id,
 * and which fields are unique within a workspace. Every workspace builds its own {@link Table} from it.
 */
public final class TableDef<R> {
    /** A field whose non-null value is unique among a workspace's rows. */
    public record UniqueField<R>(String field, Function<R, String> valueOf) {}

    final String resource;
    final Function<R, String> idOf;
    final List<UniqueField<R>> uniqueFields;

    private TableDef(String resource, Function<R, String> idOf, List<UniqueField<R>> uniqueFields) {
        this.resource = resource;
        this.idOf = idOf;
        this.uniqueFields = List.copyOf(uniqueFields);
    }

    public static <R> TableDef<R> of(String resource, Function<R, String> idOf) {
        return new TableDef<>(resource, idOf, List.of());
    }

    public TableDef<R> unique(String field, Function<R, String> valueOf) {
        List<UniqueField<R>> fields = new ArrayList<>(uniqueFields);
        fields.add(new UniqueField<>(field, valueOf));
        return new TableDef<>(resource, idOf, fields);
    }

    public String resource() { return resource; }

    public String idOf(R row) { return idOf.apply(row); }
}
