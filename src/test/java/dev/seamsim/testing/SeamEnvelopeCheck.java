package dev.seamsim.testing;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks what every simulator answer must be, whatever the test asserts: a seam-request-id header, never a 5xx,
 * and for JSON answers the Seam envelope ({"ok":true,…} or {"error":{"type","message"},"ok":false}).
 */
public final class SeamEnvelopeCheck implements Filter {
    public static final SeamEnvelopeCheck INSTANCE = new SeamEnvelopeCheck(false);
    /** The same checks, but a 5xx is allowed (as a Seam error envelope): for injected faults and outages. */
    public static final SeamEnvelopeCheck ALLOWING_5XX = new SeamEnvelopeCheck(true);

    private final boolean allow5xx;

    private SeamEnvelopeCheck(boolean allow5xx) {
        this.allow5xx = allow5xx;
    }

    @Override
    public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
        Response response = ctx.next(req, res);
        String call = req.getMethod() + " " + req.getURI();
        if (response.getHeader("seam-request-id") == null) throw new AssertionError("no seam-request-id header: " + call);
        if (response.statusCode() >= 500 && !allow5xx) {
            throw new AssertionError("server error " + response.statusCode() + " for " + call + ": " + response.asString());
        }
        String contentType = response.getContentType();
        if (contentType == null || !contentType.startsWith("application/json")) return response;
        JsonPath json = response.jsonPath();
        if (response.statusCode() == 200) {
            if (!Boolean.TRUE.equals(json.get("ok"))) throw new AssertionError("200 without ok:true for " + call);
        } else if (!(json.get("error.type") instanceof String) || !(json.get("error.message") instanceof String)
                || !Boolean.FALSE.equals(json.get("ok"))) {
            throw new AssertionError("error " + response.statusCode() + " is not a Seam error envelope for " + call
                    + ": " + response.asString());
        }
        return response;
    }
}
