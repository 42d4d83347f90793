package dev.seamsim.race;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** One workspace in the race: its client and every id the racers have seen in it (live or since deleted). */
final class Side {
    final String apiKey;
    final String workspaceId;
    final Client client;
    final Set<String> spaces = ConcurrentHashMap.newKeySet();
    final Set<String> users = ConcurrentHashMap.newKeySet();
    final Set<String> grants = ConcurrentHashMap.newKeySet();
    final Set<String> methods = ConcurrentHashMap.newKeySet();
    /** Accounts made by completing webviews (the seeded one stays, so there are always entrances). */
    final Set<String> accounts = ConcurrentHashMap.newKeySet();
    final Set<String> entrances = ConcurrentHashMap.newKeySet();

    Side(String baseUrl, String apiKey, String workspaceId) {
        this.apiKey = apiKey;
        this.workspaceId = workspaceId;
        this.client = new Client(baseUrl, apiKey);
    }

    /** A random id of {@code ids}, or a random UUID when none was seen yet. */
    static String pick(Random random, Set<String> ids) {
        List<String> copy = List.copyOf(ids);
        return copy.isEmpty() ? UUID.randomUUID().toString() : copy.get(random.nextInt(copy.size()));
    }

    /** Up to {@code max} distinct random ids of {@code ids}. */
    static List<String> some(Random random, Set<String> ids, int max) {
        List<String> copy = new ArrayList<>(ids);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(copy.size(), random.nextInt(max + 1))));
    }
}
