package dev.seamsim.race;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static dev.seamsim.race.Side.pick;
import static dev.seamsim.race.Side.some;

/**
 * One random operation at a time on one of two workspaces: create, update and delete of spaces, user identities,
 * access grants and methods, webviews and accounts, with keys drawn from a pool of four so that they collide
 * constantly, updates that move keys, deletes of objects others refer to, and now and then the other
 * workspace's ids. Answers the operation's name, status and error type.
 */
final class Racer {
    /** What one call led to. */
    record Outcome(String op, int status, String errorType) {}

    private static final int POOL = 4;

    /** One round: every kind of operation {@link #step} knows once, creates twice (else deletes would win). */
    static final List<Integer> ROUND = List.of(0, 0, 1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 11, 12, 13, 14, 15, 16);

    private final Client fake;
    private final Side mine;
    private final Side other;
    private final Random random;

    Racer(String baseUrl, Side mine, Side other, Random random) {
        this.fake = new Client(baseUrl, null);
        this.mine = mine;
        this.other = other;
        this.random = random;
    }

    /** Runs operation {@code kind} (one of {@link #ROUND}) with random arguments. */
    Outcome step(int kind) {
        return switch (kind) {
            case 0 -> createSpace();
            case 1 -> updateSpace();
            case 2 -> call("spaces/get by key", "/spaces/get", Map.of("space_key", key("room")));
            case 3 -> call("spaces/update by key", "/spaces/update", Map.of("space_key", key("room"), "name", "Renamed"));
            case 4 -> call("spaces/delete", "/spaces/delete", Map.of("space_id", id(mine.spaces, other.spaces)));
            case 5 -> call("spaces/add_acs_entrances", "/spaces/add_acs_entrances", Map.of("space_id",
                    id(mine.spaces, other.spaces), "acs_entrance_ids", List.of(id(mine.entrances, other.entrances))));
            case 6 -> call("spaces/remove_acs_entrances", "/spaces/remove_acs_entrances", Map.of("space_id",
                    id(mine.spaces, other.spaces), "acs_entrance_ids", List.of(id(mine.entrances, other.entrances))));
            case 7 -> createUser();
            case 8 -> call("user_identities/list", "/user_identities/list", Map.of("search", "user"));
            case 9 -> updateUser();
            case 10 -> call("user_identities/delete", "/user_identities/delete", Map.of("user_identity_id",
                    id(mine.users, other.users)));
            case 11 -> createGrant();
            case 12 -> call("access_grants/get by key", "/access_grants/get", Map.of("access_grant_key", key("grant")));
            case 13 -> updateGrant();
            case 14 -> random.nextBoolean()
                    ? call("access_grants/delete", "/access_grants/delete", Map.of("access_grant_id", id(mine.grants, other.grants)))
                    : call("access_methods/delete", "/access_methods/delete", Map.of("access_method_id", id(mine.methods, other.methods)));
            case 15 -> webview();
            default -> account();
        };
    }

    private Outcome createSpace() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Room");
        if (random.nextInt(4) > 0) body.put("space_key", key("room"));
        if (random.nextBoolean()) body.put("customer_key", key("customer"));
        body.put("acs_entrance_ids", some(random, mine.entrances, 2));
        return call("spaces/create", "/spaces/create", body, "/space/space_id", mine.spaces);
    }

    private Outcome updateSpace() {
        Map<String, Object> body = new HashMap<>();
        body.put("space_id", id(mine.spaces, other.spaces));
        body.put("space_key", key("room")); // with space_id, the key moves
        if (random.nextBoolean()) body.put("acs_entrance_ids", some(random, mine.entrances, 2));
        return call("spaces/update", "/spaces/update", body);
    }

    private Outcome createUser() {
        return call("user_identities/create", "/user_identities/create", userFields(), "/user_identity/user_identity_id",
                mine.users);
    }

    private Outcome updateUser() {
        Map<String, Object> body = userFields();
        body.put("user_identity_id", id(mine.users, other.users));
        return call("user_identities/update", "/user_identities/update", body);
    }

    /** Some of key, email and phone from the pools; null now and then clears one. */
    private Map<String, Object> userFields() {
        Map<String, Object> body = new HashMap<>();
        if (random.nextBoolean()) body.put("user_identity_key", random.nextInt(5) == 0 ? null : key("user"));
        if (random.nextBoolean()) body.put("email_address", random.nextInt(5) == 0 ? null : "user" + random.nextInt(POOL) + "@example.com");
        if (random.nextBoolean()) body.put("phone_number", random.nextInt(5) == 0 ? null : "+1555555010" + random.nextInt(POOL));
        return body;
    }

    private Outcome createGrant() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (random.nextInt(3) == 0) body.put("user_identity", Map.of("user_identity_key", key("user")));
        else body.put("user_identity_id", id(mine.users, other.users));
        List<String> spaces = some(random, mine.spaces, 2);
        List<String> entrances = new ArrayList<>(some(random, mine.entrances, 1));
        if (spaces.isEmpty() && entrances.isEmpty()) entrances.add(pick(random, mine.entrances));
        body.put("space_ids", spaces);
        body.put("acs_entrance_ids", entrances);
        if (random.nextBoolean()) body.put("access_grant_key", key("grant"));
        List<Map<String, Object>> methods = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(2); i++) {
            methods.add(Map.of("mode", List.of("code", "mobile_key", "card").get(random.nextInt(3))));
        }
        body.put("requested_access_methods", methods);
        Client.Answer r = mine.client.post("/access_grants/create", body);
        if (r.status() == 200) {
            mine.grants.add(r.text("/access_grant/access_grant_id"));
            mine.methods.addAll(r.texts("/access_grant/access_method_ids"));
            mine.users.add(r.text("/access_grant/user_identity_id"));
        }
        return outcome("access_grants/create", r);
    }

    private Outcome updateGrant() {
        Map<String, Object> body = new HashMap<>();
        if (random.nextBoolean()) body.put("access_grant_id", id(mine.grants, other.grants));
        body.put("access_grant_key", key("grant")); // with the id it moves the key, alone it names the grant
        body.put("name", "Grant " + random.nextInt(100));
        return call("access_grants/update", "/access_grants/update", body);
    }

    /** Creates a webview; then completes it, deletes it, or completes it and deletes the new account later. */
    private Outcome webview() {
        Client.Answer created = mine.client.post("/connect_webviews/create", Map.of("customer_key", key("customer"),
                "accepted_providers", List.of("salto_ks")));
        if (created.status() != 200) return outcome("connect_webviews/create", created);
        String id = created.text("/connect_webview/connect_webview_id");
        if (random.nextBoolean()) return call("connect_webviews/delete", "/connect_webviews/delete", Map.of("connect_webview_id", id));
        Client.Answer done = fake.post("/_fake/complete_connect_webview", Map.of("connect_webview_id", id));
        if (done.status() == 200) {
            String account = done.text("/connected_account/connected_account_id");
            mine.accounts.add(account);
            mine.entrances.addAll(mine.client.post("/acs/entrances/list", Map.of("connected_account_id", account))
                    .fieldOfEach("/acs_entrances", "acs_entrance_id"));
        }
        return outcome("complete_connect_webview", done);
    }

    private Outcome account() {
        String id = id(mine.accounts, other.accounts);
        return random.nextBoolean()
                ? call("connected_accounts/delete", "/connected_accounts/delete", Map.of("connected_account_id", id))
                : call("connected_accounts/update", "/connected_accounts/update", Map.of("connected_account_id", id,
                        "customer_key", key("customer")));
    }

    /** A key of the small pool, so that racers collide. */
    private String key(String prefix) {
        return prefix + "-" + random.nextInt(POOL);
    }

    /** Mostly one of this workspace's ids; one time in ten the other workspace's, which must stay out of reach. */
    private String id(Set<String> own, Set<String> others) {
        return random.nextInt(10) == 0 ? pick(random, others) : pick(random, own);
    }

    private Outcome call(String op, String path, Map<String, ?> body) {
        return outcome(op, mine.client.post(path, body));
    }

    private Outcome call(String op, String path, Map<String, ?> body, String idPointer, Set<String> ids) {
        Client.Answer r = mine.client.post(path, body);
        if (r.status() == 200) ids.add(r.text(idPointer));
        return outcome(op, r);
    }

    private static Outcome outcome(String op, Client.Answer r) {
        return new Outcome(op, r.status(), r.errorType());
    }
}
