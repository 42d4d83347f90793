package dev.seamsim.state;

import dev.seamsim.store.Generators;
import dev.seamsim.store.Workspaces;

import java.util.List;
import java.util.Optional;

/** What saving and loading state need to know of the simulator beyond its workspaces (the control plane's part). */
public interface StateHost {
    Workspaces workspaces();

    /** For the workspaces that a loaded document builds. */
    Generators generators();

    Snapshot.ResetTo resetTo(String workspaceId);

    /** The keys that reach the workspace through --auto-workspaces, sorted. */
    List<String> autoApiKeys(String workspaceId);

    boolean isFixtureWorkspace(String workspaceId);

    /** The workspace an API key (plain or auto-workspace) reaches now. */
    Optional<String> ownerOfKey(String apiKey);
}
