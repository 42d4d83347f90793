package dev.seamsim.state;

import dev.seamsim.accessgrants.AccessGrant;
import dev.seamsim.accessgrants.AccessMethod;
import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.acs.AcsSystem;
import dev.seamsim.connectedaccounts.ConnectedAccount;
import dev.seamsim.connectwebviews.ConnectWebview;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.TableDef;
import dev.seamsim.useridentities.UserIdentity;

import java.util.List;
import java.util.Optional;

/**
 * Every table a workspace holds, in one place, under the name it has in a state document, with the record class
 * its rows are and the fields that name rows of other tables (checked when state is loaded). A new table must be
 * added here, or it is neither saved nor loaded (StateTablesTest checks that none is missing).
 */
public final class StateTables {
    /** A field holding the id, or a list of ids, of rows in {@code table}. */
    public record Ref(String field, String table) {}

    public record Entry<R extends Record>(String name, Class<R> type, TableDef<R> def, List<Ref> refs) {
        /** The field holding a row's id, e.g. space_id. */
        public String idField() {
            return def.resource() + "_id";
        }
    }

    public static final List<Entry<?>> ALL = List.of(
            new Entry<>("connected_accounts", ConnectedAccount.class, ConnectedAccount.TABLE, List.of()),
            new Entry<>("connect_webviews", ConnectWebview.class, ConnectWebview.TABLE, List.of()),
            new Entry<>("acs_systems", AcsSystem.class, AcsSystem.TABLE, List.of(
                    new Ref("connected_account_id", "connected_accounts"),
                    new Ref("connected_account_ids", "connected_accounts"))),
            new Entry<>("acs_entrances", AcsEntrance.class, AcsEntrance.TABLE, List.of(
                    new Ref("acs_system_id", "acs_systems"),
                    new Ref("connected_account_id", "connected_accounts"),
                    new Ref("space_ids", "spaces"))),
            new Entry<>("spaces", Space.class, Space.TABLE, List.of(new Ref("acs_entrance_ids", "acs_entrances"))),
            new Entry<>("user_identities", UserIdentity.class, UserIdentity.TABLE, List.of()),
            new Entry<>("access_grants", AccessGrant.class, AccessGrant.TABLE, List.of(
                    new Ref("user_identity_id", "user_identities"),
                    new Ref("space_ids", "spaces"),
                    new Ref("acs_entrance_ids", "acs_entrances"),
                    new Ref("access_method_ids", "access_methods"))),
            new Entry<>("access_methods", AccessMethod.class, AccessMethod.TABLE, List.of(
                    new Ref("access_grant_id", "access_grants"))));

    private StateTables() {}

    public static Optional<Entry<?>> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Entry::name).toList();
    }
}
