package dev.seamsim.jmh;

import dev.seamsim.connectedaccounts.ConnectedAccount;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.Generators;
import dev.seamsim.store.Page;
import dev.seamsim.store.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One workspace with {@code rows} connected accounts and {@code rows} spaces, through the same Workspace and
 * Table calls the routes make (each inside ws.read or ws.write, so the lock is part of the cost).
 */
@State(Scope.Benchmark)
public class StoreBenchmarks {
    @Param({"1000", "100000"})
    public int rows;

    private Workspace ws;
    private String[] accountIds;
    private String[] customerKeys;
    private Generators ids;

    /** Rebuilt per iteration: the insert benchmarks grow the tables. */
    @Setup(Level.Iteration)
    public void fill() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        ids = Generators.seeded(clock, 42);
        ws = new Workspace("5d4b2a11-5e5a-4f7b-9b1c-000000000001", "Bench", "Bench Co", true, ids);
        accountIds = new String[rows];
        customerKeys = new String[rows];
        ws.write(() -> {
            for (int i = 0; i < rows; i++) {
                customerKeys[i] = "ck-" + i;
                accountIds[i] = ws.table(ConnectedAccount.TABLE).insert(account(ws.newId(), customerKeys[i])).connectedAccountId();
                ws.table(Space.TABLE).insert(space(ws.newId(), "sk-" + i));
            }
        });
    }

    static ConnectedAccount account(String id, String customerKey) {
        return new ConnectedAccount(id, "5d4b2a11-5e5a-4f7b-9b1c-000000000001", Instant.parse("2025-01-01T00:00:00Z"),
                "salto_ks", "Salto KS", "jane@example.com", List.of(), List.of(), Map.of("unit", "12B"), true,
                List.of("access_control"), customerKey);
    }

    static Space space(String id, String key) {
        return new Space(id, "5d4b2a11-5e5a-4f7b-9b1c-000000000001", "Unit " + key, "Unit " + key, key, null, null,
                Instant.parse("2025-01-01T00:00:00Z"), 0, List.of());
    }

    private int randomRow() {
        return ThreadLocalRandom.current().nextInt(rows);
    }

    /** connected_accounts/get: a row by id (hash lookup, then the row by position). */
    @Benchmark
    public Optional<ConnectedAccount> findById() {
        String id = accountIds[randomRow()];
        return ws.read(() -> ws.table(ConnectedAccount.TABLE).find(id));
    }

    /** spaces/get by space_key: the unique index. */
    @Benchmark
    public Optional<Space> findByUniqueKey() {
        String key = "sk-" + randomRow();
        return ws.read(() -> ws.table(Space.TABLE).findByUnique("space_key", key));
    }

    /** connected_accounts/list without filters, first page of 100. */
    @Benchmark
    public Page<ConnectedAccount> firstPageOf100() {
        return ws.read(() -> ws.table(ConnectedAccount.TABLE).page(a -> true, 0, 100));
    }

    /** connected_accounts/list?customer_key=…: the filter Table.page is given (one row matches). */
    @Benchmark
    public Page<ConnectedAccount> pageFilteredByCustomerKey() {
        String key = customerKeys[randomRow()];
        return ws.read(() -> ws.table(ConnectedAccount.TABLE).page(a -> key.equals(a.customerKey()), 0, 100));
    }

    /** A create: one insert in a write (undo log kept until commit). The table grows over the iteration. */
    @Benchmark
    public ConnectedAccount insertCommitted() {
        ConnectedAccount row = account(ids.newId(), null);
        return ws.write(() -> ws.table(ConnectedAccount.TABLE).insert(row));
    }

    /** A write that fails after its insert: the undo log takes the row out again. */
    @Benchmark
    public boolean insertRolledBack() {
        ConnectedAccount row = account(ids.newId(), null);
        try {
            ws.write(() -> {
                ws.table(ConnectedAccount.TABLE).insert(row);
                throw new IllegalStateException("roll back");
            });
            return false;
        } catch (IllegalStateException expected) {
            return true;
        }
    }

    /** connected_accounts/update: replace a row (undo entry kept until commit). */
    @Benchmark
    public ConnectedAccount updateCommitted() {
        String id = accountIds[randomRow()];
        return ws.write(() -> {
            ConnectedAccount a = ws.table(ConnectedAccount.TABLE).require(id);
            return ws.table(ConnectedAccount.TABLE).update(a.with("john@example.com", a.customMetadata(),
                    a.customerKey(), a.automaticallyManageNewDevices(), a.acceptedCapabilities()));
        });
    }
}
