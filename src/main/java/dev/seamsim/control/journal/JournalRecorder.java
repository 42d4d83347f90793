package dev.seamsim.control.journal;

import dev.seamsim.http.Auth;
import dev.seamsim.http.BodyLimits;
import dev.seamsim.http.PathPattern;
import dev.seamsim.http.RequestBody;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Javalin before/after handlers that write every request into the journal: API routes, pages and /_fake/*, but
 * not the journal's own routes, /health or CORS preflights. The after-handler also runs when an exception
 * handler wrote the answer, so errors are recorded too.
 */
public final class JournalRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRecorder.class);
    private static final String STARTED = "seamsim.journal.started";

    private final Supplier<RequestJournal> journal;

    public JournalRecorder(Supplier<RequestJournal> journal) {
        this.journal = journal;
    }

    public void before(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    public void after(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS || ignored(ctx.path())) return;
        try {
            Long started = ctx.attribute(STARTED);
            double ms = started == null ? 0 : Math.round((System.nanoTime() - started) / 1_000.0) / 1_000.0;
            Map<String, List<String>> query = new LinkedHashMap<>();
            ctx.queryParamMap().forEach((k, v) -> query.put(k, List.copyOf(v)));
            // A body refused as too large was never read in full, and is not read now.
            String body = ctx.attribute(BodyLimits.TOO_LARGE_ATTRIBUTE) != null ? null : RequestBody.text(ctx);
            journal.get().add(new RequestJournal.Observed(ctx.method().name(), ctx.path(), query, body,
                    ctx.statusCode(), responseBody(ctx), ms, ctx.res().getHeader("seam-request-id"),
                    ctx.attribute(Auth.WORKSPACE_ID_ATTRIBUTE)));
        } catch (RuntimeException e) {
            LOG.warn("Could not record {} {} in the request journal", ctx.method(), ctx.path(), e);
        }
    }

    /**
     * The answer as text. Javalin keeps ctx.json and ctx.result(String) answers as a ByteArrayInputStream: that
     * one is read and rewound in place, where ctx.result() would copy it through 8 KiB buffers and replace it.
     */
    private static String responseBody(Context ctx) {
        if (!(ctx.resultInputStream() instanceof ByteArrayInputStream answer)) return ctx.result();
        answer.mark(0);
        byte[] bytes = answer.readAllBytes();
        answer.reset();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static boolean ignored(String path) {
        String p = PathPattern.normalize(path);
        return p.equals("/health") || p.equals(JournalRoutes.PATH);
    }
}
