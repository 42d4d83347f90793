package dev.seamsim.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * With --auto-workspaces, any well-formed API key not seen before gets a fresh workspace of its own, so each test
 * can use a random key and never see another test's data. Held in a cache bounded by count and idle time; a key
 * evicted and used again gets a fresh workspace.
 */
final class AutoWorkspaces {
    /** An API key as the SDK recognises one: seam_…, but not a personal access, client session or publishable key. */
    private static final Pattern API_KEY = Pattern.compile("^seam_(?!at|cst|pk)[A-Za-z0-9_-]{3,200}$");
    /** {@link #API_KEY} in words, for an invalid_input. */
    static final String API_KEY_RULE = "Must be seam_ and 3 to 200 letters, digits, _ or - (and not start with "
            + "seam_at, seam_cst or seam_pk)";

    private final Cache<String, String> workspaceIdByKey;
    private final Function<String, String> create;
    private final long maxWorkspaces;
    private final Duration idle;

    /** {@code create} makes a workspace for a key and returns its id; {@code dropped} forgets an evicted one. */
    AutoWorkspaces(long maxWorkspaces, Duration idle, Function<String, String> create, Consumer<String> dropped) {
        this(maxWorkspaces, idle, Ticker.systemTicker(), create, dropped);
    }

    /** As above, measuring idle time with {@code ticker} (tests pass a fake one to move time on). */
    AutoWorkspaces(long maxWorkspaces, Duration idle, Ticker ticker, Function<String, String> create,
                   Consumer<String> dropped) {
        this.maxWorkspaces = maxWorkspaces;
        this.idle = idle;
        this.create = create;
        this.workspaceIdByKey = Caffeine.newBuilder()
                .maximumSize(maxWorkspaces)
                .expireAfterAccess(idle)
                .ticker(ticker)
                .executor(Runnable::run)
                .removalListener((String key, String workspaceId, RemovalCause cause) -> {
                    // Only when the cache drops a workspace (size, idle); a workspace taken out on purpose is the caller's.
                    if (workspaceId != null && cause.wasEvicted()) dropped.accept(workspaceId);
                })
                .build();
    }

    /** Whether {@code token} is well-formed as an API key (and so usable as a Bearer token). */
    static boolean isApiKey(String token) {
        return API_KEY.matcher(token).matches();
    }

    /** The workspace id for {@code apiKey}, made on first use; empty for a token that is not an API key. */
    Optional<String> workspaceIdFor(String apiKey) {
        if (!isApiKey(apiKey)) return Optional.empty();
        return Optional.of(workspaceIdByKey.get(apiKey, create));
    }

    void clear() {
        workspaceIdByKey.invalidateAll();
    }

    /** The keys that reach a workspace, sorted. */
    List<String> keysOf(String workspaceId) {
        return workspaceIdByKey.asMap().entrySet().stream().filter(e -> e.getValue().equals(workspaceId))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The workspace a key reaches now, without making one. */
    Optional<String> ownerOf(String apiKey) {
        return Optional.ofNullable(workspaceIdByKey.asMap().get(apiKey));
    }

    /** Forgets the keys of the workspaces {@code drop} selects, then adds {@code keys} (key to workspace id). */
    void load(Predicate<String> drop, Map<String, String> keys) {
        workspaceIdByKey.asMap().values().removeIf(drop);
        workspaceIdByKey.putAll(keys);
    }

    String describe() {
        return "auto-workspaces on: any new seam_… API key gets its own workspace (at most " + maxWorkspaces
                + ", dropped after " + idle.toMinutes() + " min idle)";
    }
}
