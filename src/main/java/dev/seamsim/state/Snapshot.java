package dev.seamsim.state;

import dev.seamsim.store.Workspace;

import java.util.List;
import java.util.Map;

/**
 * A state document read, checked and built, ready to be put in place: complete workspaces with their rows, and
 * the credentials that reach them. Nothing of the running simulator has changed yet.
 */
public record Snapshot(Scope scope, List<LoadedWorkspace> workspaces, Map<String, List<String>> accessTokens,
                       int rows) {
    public enum Scope {
        SIMULATOR, WORKSPACE;

        String wireName() { return name().toLowerCase(); }
    }

    /** What resetting the workspace rebuilds; see {@link StateDocument.WorkspaceState}. */
    public enum ResetTo {
        FIXTURES, SEEDED, EMPTY;

        String wireName() { return name().toLowerCase(); }
    }

    public record LoadedWorkspace(Workspace workspace, ResetTo resetTo, List<String> apiKeys,
                                  List<String> autoApiKeys) {}
}
