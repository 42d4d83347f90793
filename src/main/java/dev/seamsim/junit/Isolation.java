package dev.seamsim.junit;

/** What each test of a class sharing one simulator gets to itself. */
public enum Isolation {
    /**
     * Every test that takes a {@link SeamWorkspace} gets a new workspace with its own API key, seeded like the first
     * fixture workspace (same connected account, ACS systems and entrances, same ids). Tests cannot see each other's
     * data and may run in parallel.
     */
    FRESH_WORKSPACE,
    /**
     * The whole simulator goes back to its fixtures before each test, and tests get the default workspace
     * ({@code seam_apikey1_token} with the bundled fixtures). Not for tests of one class that run in parallel.
     */
    RESET,
    /** Nothing between tests: they share the default workspace and whatever earlier tests left there. */
    NONE
}
