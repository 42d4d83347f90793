package dev.seamsim.accessgrants;

import dev.seamsim.accessgrants.AccessGrant.RequestedAccessMethod;
import dev.seamsim.http.Params;
import dev.seamsim.store.Workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads requested_access_methods and issues one access method for each. */
final class AccessMethodIssuer {
    static final List<String> MODES = List.of("code", "card", "mobile_key", "cloud_key");
    private static final Pattern PIN = Pattern.compile("^\\d{4,9}$");
    private static final Map<String, String> DISPLAY_NAMES = Map.of("code", "PIN Code", "card", "Card",
            "mobile_key", "Mobile Key", "cloud_key", "Cloud Key");

    /** One entry of requested_access_methods as sent. */
    record Wanted(String mode, String code, Integer maxUseCount) {}

    private AccessMethodIssuer() {}

    static List<Wanted> read(Params p) {
        List<Wanted> out = new ArrayList<>();
        if (!p.required("requested_access_methods")) return out;
        List<Params> items = p.objects("requested_access_methods");
        if (items == null) return out;
        for (Params item : items) {
            String mode = item.required("mode") ? item.oneOf("mode", MODES) : null;
            String code = item.string("code");
            if (code != null && !PIN.matcher(code).matches()) item.problem("code", "Code must be 4 to 9 digits");
            if (code != null && mode != null && !mode.equals("code")) item.problem("code", "Only applicable when mode is 'code'");
            Integer maxUses = item.count("instant_key_max_use_count");
            if (maxUses != null && maxUses < 1) item.problem("instant_key_max_use_count", "Number must be greater than or equal to 1");
            out.add(new Wanted(mode, code, maxUses));
        }
        return out;
    }

    /** Issues the methods inside a workspace write and returns what the grant records of them. */
    static List<RequestedAccessMethod> issue(Workspace ws, String grantId, List<Wanted> wanted, String publicUrl) {
        Instant now = ws.now();
        List<RequestedAccessMethod> requested = new ArrayList<>();
        for (Wanted w : wanted) {
            String methodId = ws.newId();
            boolean mobile = w.mode().equals("mobile_key");
            boolean card = w.mode().equals("card");
            String code = w.mode().equals("code") ? (w.code() != null ? w.code() : pinFrom(methodId)) : null;
            ws.table(AccessMethod.TABLE).insert(new AccessMethod(methodId, ws.id(), DISPLAY_NAMES.get(w.mode()),
                    w.mode(), now, card ? null : now, !card, code, mobile ? instantKeyUrl(publicUrl, methodId) : null,
                    card ? Boolean.TRUE : null, List.of(), List.of(), List.of(), grantId));
            requested.add(new RequestedAccessMethod(w.mode(), DISPLAY_NAMES.get(w.mode()), now, List.of(methodId),
                    w.code(), mobile ? (w.maxUseCount() == null ? 1 : w.maxUseCount()) : null));
        }
        return requested;
    }

    /** A grant shows an instant_key_url only while it has exactly one mobile_key access method (spec). */
    static String grantInstantKeyUrl(Workspace ws, String grantId) {
        List<String> urls = ws.table(AccessMethod.TABLE).where("access_grant_id", grantId).stream()
                .filter(m -> m.mode().equals("mobile_key"))
                .map(AccessMethod::instantKeyUrl).toList();
        return urls.size() == 1 ? urls.get(0) : null;
    }

    static String instantKeyUrl(String publicUrl, String accessMethodId) {
        return publicUrl + "/ik/" + accessMethodId;
    }

    /** A 6-digit PIN derived from the method's id, so it is as reproducible as the ids are. */
    private static String pinFrom(String methodId) {
        long bits = UUID.fromString(methodId).getLeastSignificantBits() & Long.MAX_VALUE;
        return String.format(Locale.ROOT, "%06d", bits % 1_000_000); // ASCII digits whatever the default locale
    }
}
