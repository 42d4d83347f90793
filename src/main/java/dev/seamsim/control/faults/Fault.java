package dev.seamsim.control.faults;

import java.time.Instant;

/**
 * An active fault as /_fake/faults shows it. {@code kind} is "fault", or "outage" for one made by
 * simulate_workspace_outage; {@code remaining} is how many calls it still applies to (null: until cleared);
 * {@code hits} how many it has applied to.
 */
public record Fault(String faultId, String kind, String path, String method, String workspaceId, Integer delayMsMin,
                    Integer delayMsMax, Integer status, String errorType, String message, Integer times,
                    Integer remaining, long hits, Instant createdAt) {}
