import dev.seamsim.SeamSimulator;
import dev.seamsim.accessgrants.AccessGrant;
import dev.seamsim.accessgrants.AccessGrant.RequestedAccessMethod;
import dev.seamsim.accessgrants.AccessMethod;
import dev.seamsim.connectedaccounts.ConnectedAccount;
import dev.seamsim.control.ControlPlane;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.Table;
import dev.seamsim.store.Workspace;
import dev.seamsim.useridentities.UserIdentity;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * bench/run's server for the scale figures: the simulator started through its Java embedding API (same code and
 * defaults as the jar's Main: 127.0.0.1, journal of 1000 entries / 30 minutes), then workspace 2 of the bundled
 * fixtures (API key seam_apikey2_token) filled in-process with N spaces (space_key sk-<i>), N connected accounts
 * (customer_key ck-<i>), N user identities (user_identity_key u-<i>) and N access grants with one PIN access
 * method each: 5 N objects. A state document of 1M objects per table would be ~2.3 GB of JSON, so the rows are
 * put straight into the workspace's tables (as loading state does), reached through the simulator's control
 * plane by reflection. Strings that differ per object are made per object, as requests would make them.
 * Prints the time taken and the heap used after a full GC before and after, so bytes per stored object.
 * Run with the single-file source launcher: java -cp target/seam-simulator.jar bench/ScaleServer.java PORT N
 */
public final class ScaleServer {
    static final String WS = "5d4b2a11-5e5a-4f7b-9b1c-000000000002";
    static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        SeamSimulator sim = SeamSimulator.builder().host("127.0.0.1").port(port)
                .journal(1000, Duration.ofMinutes(30))
                .maxObjectsPerWorkspace(Long.MAX_VALUE) // 5 x N objects in one workspace, N up to 1M
                .start();
        Workspace ws = controlPlane(sim).workspaces().byId(WS).orElseThrow();
        long before = heapUsedAfterGc();
        long t0 = System.nanoTime();
        ws.write(() -> seed(ws, n));
        long seedMs = (System.nanoTime() - t0) / 1_000_000;
        long after = heapUsedAfterGc();
        long objects = 5L * n;
        System.out.printf("seeded %d objects in %d ms; heap used after GC %d -> %d MiB; %d bytes per object%n",
                objects, seedMs, before >> 20, after >> 20, (after - before) / objects);
        System.out.printf("scale server ready on %s%n", sim.baseUrl());
        Thread.currentThread().join();
    }

    static void seed(Workspace ws, int n) {
        Table<ConnectedAccount> accounts = ws.table(ConnectedAccount.TABLE);
        Table<Space> spaces = ws.table(Space.TABLE);
        Table<UserIdentity> users = ws.table(UserIdentity.TABLE);
        Table<AccessGrant> grants = ws.table(AccessGrant.TABLE);
        Table<AccessMethod> methods = ws.table(AccessMethod.TABLE);
        // after any fixture rows; restore moves each table's next position past the rows it puts back
        long base = Math.max(Math.max(accounts.nextPosition(), spaces.nextPosition()),
                Math.max(Math.max(users.nextPosition(), grants.nextPosition()), methods.nextPosition())) - 1;
        for (int i = 1; i <= n; i++) {
            long seq = base + i;
            Instant at = AT.plusMillis(i);
            accounts.restore(seq, new ConnectedAccount(id(1, i), WS, at, "salto_ks", "Salto KS", "user" + i + "@example.com",
                    List.of(), List.of(), Map.of(), true, List.of("access_control"), "ck-" + i));
            spaces.restore(seq, new Space(id(2, i), WS, "Space " + i, "Space " + i, "sk-" + i, null, null, at, 0, List.of()));
            users.restore(seq, new UserIdentity(id(3, i), WS, "u-" + i, null, null, "User " + i, at, List.of(), List.of(), List.of()));
            String methodId = id(5, i);
            grants.restore(seq, new AccessGrant(id(4, i), WS, id(3, i), "ag-" + i, null, null, List.of(id(2, i)),
                    List.of(new RequestedAccessMethod("code", "PIN Code", at, List.of(methodId), null, null)),
                    List.of(methodId), at, null, at, null, List.of(), List.of(), List.of(), List.of()));
            methods.restore(seq, new AccessMethod(methodId, WS, "PIN Code", "code", at, at, true,
                    String.valueOf(100000 + i % 900000), null, null, List.of(), List.of(), List.of(), id(4, i)));
        }
    }

    /** The same ids as the old bench/seed.mjs: the kind in the first group, i in the last. */
    static String id(int kind, int i) {
        String hex = Integer.toHexString(i);
        return "0000000" + kind + "-0000-4000-8000-" + "0".repeat(12 - hex.length()) + hex;
    }

    static ControlPlane controlPlane(SeamSimulator sim) throws ReflectiveOperationException {
        Field field = SeamSimulator.class.getDeclaredField("control");
        field.setAccessible(true);
        return (ControlPlane) field.get(sim);
    }

    static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
