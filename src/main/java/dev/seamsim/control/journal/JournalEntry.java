package dev.seamsim.control.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A journal entry as stored: bodies kept as (truncated) text, which takes far less memory than parsed trees;
 * {@link RequestJournal} parses them when asked. {@code recordedAtNanos} is on the journal's ticker (for age).
 */
record JournalEntry(long id, long recordedAtNanos, Instant timestamp, String method, String path,
                    Map<String, List<String>> query, String requestBody, boolean requestBodyTruncated, int status,
                    String responseBody, boolean responseBodyTruncated, double durationMs, String seamRequestId,
                    String workspaceId) {}
