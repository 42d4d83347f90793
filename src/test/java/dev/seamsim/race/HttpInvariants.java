package dev.seamsim.race;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants as a client sees them, through the list and get routes of one workspace: unique keys unique
 * among live objects (and get by key finds their holder), every object in its own workspace, counts and links
 * that agree from both ends.
 */
final class HttpInvariants {
    /** Each list route's items field and id field. */
    private static final Map<String, String> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("/spaces/list", "spaces:space_id");
        LISTS.put("/user_identities/list", "user_identities:user_identity_id");
        LISTS.put("/access_grants/list", "access_grants:access_grant_id");
        LISTS.put("/acs/entrances/list", "acs_entrances:acs_entrance_id");
        LISTS.put("/acs/systems/list", "acs_systems:acs_system_id");
        LISTS.put("/connected_accounts/list", "connected_accounts:connected_account_id");
        LISTS.put("/connect_webviews/list", "connect_webviews:connect_webview_id");
    }

    private final Side side;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<JsonNode>> lists = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    private HttpInvariants(Side side) {
        this.side = side;
    }

    /** Reads every list of the side's workspace and checks what it shows. */
    static HttpInvariants check(Side side) {
        HttpInvariants check = new HttpInvariants(side);
        LISTS.forEach((route, fields) -> {
            String[] f = fields.split(":");
            List<JsonNode> items = check.listAll(route, f[0], Map.of());
            check.lists.put(f[0], items);
            items.forEach(item -> check.ids.add(item.path(f[1]).asText()));
        });
        check.uniqueKeys();
        check.ownWorkspace();
        check.spacesAndEntrances();
        check.grantsAndMethods();
        check.systemsAndAccounts();
        return check;
    }

    List<String> problems() {
        return problems;
    }

    /** Every id the workspace's lists show. */
    Set<String> ids() {
        return ids;
    }

    private List<JsonNode> listAll(String route, String field, Map<String, String> filters) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> body = new HashMap<>(filters);
            if (cursor != null) body.put("page_cursor", cursor);
            Client.Answer r = side.client.post(route, body);
            if (r.status() != 200) throw new AssertionError(route + " answered " + r.status() + ": " + r.body());
            r.body().path(field).forEach(all::add);
            cursor = r.text("/pagination/next_page_cursor");
        } while (cursor != null);
        return all;
    }

    private void uniqueKeys() {
        unique("spaces", "space_key", "space_id", "/spaces/get", "/space/space_id");
        unique("user_identities", "user_identity_key", "user_identity_id", "/user_identities/get",
                "/user_identity/user_identity_id");
        unique("user_identities", "email_address", "user_identity_id", null, null);
        unique("user_identities", "phone_number", "user_identity_id", null, null);
        unique("access_grants", "access_grant_key", "access_grant_id", "/access_grants/get",
                "/access_grant/access_grant_id");
    }

    /** No two live objects share the key; get by the key (where there is one) finds the one that holds it. */
    private void unique(String list, String keyField, String idField, String getRoute, String idPointer) {
        Map<String, String> holders = new HashMap<>();
        for (JsonNode item : lists.get(list)) {
            String key = item.path(keyField).asText(null);
            String id = item.path(idField).asText();
            if (key == null) continue;
            String earlier = holders.put(key, id);
            if (earlier != null) problems.add(list + " " + earlier + " and " + id + " share " + keyField + " " + key);
            if (getRoute == null) continue;
            String found = side.client.post(getRoute, Map.of(keyField, key)).text(idPointer);
            if (!id.equals(found)) problems.add(getRoute + " " + keyField + "=" + key + " finds " + found + ", the list " + id);
        }
    }

    private void ownWorkspace() {
        for (String list : List.of("spaces", "user_identities", "access_grants", "acs_systems", "connect_webviews")) {
            lists.get(list).stream().filter(item -> !side.workspaceId.equals(item.path("workspace_id").asText()))
                    .forEach(item -> problems.add(list + " shows " + item + " of another workspace"));
        }
    }

    /** Each space's acs_entrance_count is the number of entrances naming it; every space named is live. */
    private void spacesAndEntrances() {
        Map<String, Integer> naming = new HashMap<>();
        Set<String> spaces = idsOf("spaces", "space_id");
        for (JsonNode e : lists.get("acs_entrances")) {
            for (JsonNode spaceId : e.path("space_ids")) {
                naming.merge(spaceId.asText(), 1, Integer::sum);
                if (!spaces.contains(spaceId.asText())) {
                    problems.add("entrance " + e.path("acs_entrance_id").asText() + " names gone space " + spaceId);
                }
            }
        }
        for (JsonNode s : lists.get("spaces")) {
            int count = naming.getOrDefault(s.path("space_id").asText(), 0);
            if (s.path("acs_entrance_count").asInt(-1) != count) {
                problems.add("space " + s.path("space_id").asText() + " has acs_entrance_count "
                        + s.path("acs_entrance_count") + " but " + count + " entrances name it");
            }
        }
    }

    /** A grant's access_method_ids are exactly the methods listed for it; its user identity and spaces are live. */
    private void grantsAndMethods() {
        Set<String> users = idsOf("user_identities", "user_identity_id");
        Set<String> spaces = idsOf("spaces", "space_id");
        for (JsonNode g : lists.get("access_grants")) {
            String id = g.path("access_grant_id").asText();
            if (!users.contains(g.path("user_identity_id").asText())) {
                problems.add("grant " + id + " names gone user identity " + g.path("user_identity_id"));
            }
            g.path("space_ids").forEach(s -> {
                if (!spaces.contains(s.asText())) problems.add("grant " + id + " names gone space " + s);
            });
            Set<String> listed = new HashSet<>();
            listAll("/access_methods/list", "access_methods", Map.of("access_grant_id", id))
                    .forEach(m -> listed.add(m.path("access_method_id").asText()));
            Set<String> named = new HashSet<>();
            g.path("access_method_ids").forEach(m -> named.add(m.asText()));
            if (!listed.equals(named)) problems.add("grant " + id + " names access methods " + named + " but lists " + listed);
        }
    }

    private void systemsAndAccounts() {
        Set<String> systems = idsOf("acs_systems", "acs_system_id");
        Set<String> accounts = idsOf("connected_accounts", "connected_account_id");
        for (JsonNode e : lists.get("acs_entrances")) {
            if (!systems.contains(e.path("acs_system_id").asText())) {
                problems.add("entrance " + e.path("acs_entrance_id").asText() + " names gone system " + e.path("acs_system_id"));
            }
        }
        for (JsonNode s : lists.get("acs_systems")) {
            if (!accounts.contains(s.path("connected_account_id").asText())) {
                problems.add("system " + s.path("acs_system_id").asText() + " names gone account " + s.path("connected_account_id"));
            }
        }
    }

    private Set<String> idsOf(String list, String idField) {
        Set<String> out = new HashSet<>();
        lists.get(list).forEach(item -> out.add(item.path(idField).asText()));
        return out;
    }
}
