package dev.seamsim.control.journal;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/**
 * One request the simulator answered, as the journal shows it. Bodies are parsed JSON when they were JSON and
 * fitted in {@link RequestJournal#MAX_BODY_CHARS}, otherwise text (cut short, with the *_truncated flag set).
 *
 * @param id             increases with every recorded request
 * @param timestamp      when the request arrived, on the simulator's clock
 * @param query          query parameters: one value as text, a repeated one as a list
 * @param workspaceId    the workspace the call authenticated to, or null
 * @param durationMs     wall-clock time spent answering, in milliseconds
 */
public record RecordedRequest(long id, Instant timestamp, String method, String path, Map<String, Object> query,
                              JsonNode requestBody, boolean requestBodyTruncated, int status, JsonNode responseBody,
                              boolean responseBodyTruncated, double durationMs, String seamRequestId,
                              String workspaceId) {}
