package dev.seamsim.pages;

import dev.seamsim.accessgrants.AccessGrant;
import dev.seamsim.accessgrants.AccessMethod;
import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.spaces.Space;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;
import dev.seamsim.useridentities.UserIdentity;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.seamsim.pages.Html.card;
import static dev.seamsim.pages.Html.esc;

/**
 * The page at an access method's instant_key_url, as the key's holder sees it: who holds it, the spaces and
 * entrances it opens, and its validity window against the simulator's clock.
 */
final class InstantKeyPage {
    static final String PATH = "/ik/{access_method_id}";

    /** What the page shows, read in one go under the workspace's read lock. */
    private record Key(AccessMethod method, AccessGrant grant, String holder, List<String> spaces,
                       List<String> entrances, Instant now) {}

    private final Workspaces workspaces;

    InstantKeyPage(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    void show(Context ctx) {
        String id = ctx.pathParam("access_method_id");
        Optional<Key> found = workspaces.holderOf(AccessMethod.TABLE, id).flatMap(ws -> read(ws, id));
        if (found.isEmpty()) {
            card(ctx, 404, "Instant Key revoked", "<p class=\"error\">This Instant Key was revoked (its access grant "
                    + "or access method was deleted) or never existed.</p>");
            return;
        }
        Key k = found.get();
        AccessGrant g = k.grant();
        String state;
        if (g.startsAt() != null && k.now().isBefore(g.startsAt())) {
            state = "<p class=\"error\">" + Html.badge("wait", "not yet valid") + " This key opens from "
                    + esc(g.startsAt()) + ".</p>";
        } else if (g.endsAt() != null && !k.now().isBefore(g.endsAt())) {
            state = "<p class=\"error\">" + Html.badge("bad", "expired") + " This key expired at " + esc(g.endsAt()) + ".</p>";
        } else {
            state = "<p class=\"ok\">" + Html.badge("good", "active") + " Hold your phone to the reader.</p>";
        }
        card(ctx, 200, "Instant Key", state + Html.facts(
                "Holder", esc(k.holder()),
                "Access", esc(g.name()),
                "Spaces", Html.list(k.spaces().stream().map(Html::esc).toList()),
                "Entrances", Html.list(k.entrances().stream().map(Html::esc).toList()),
                "Valid from", Html.time(g.startsAt()),
                "Valid until", g.endsAt() == null ? "no end" : Html.time(g.endsAt()),
                "Key", esc(k.method().displayName()) + " <span class=\"muted\">(" + esc(k.method().mode()) + ")</span>",
                "Simulator time", Html.time(k.now())));
    }

    private static Optional<Key> read(Workspace ws, String methodId) {
        return ws.read(() -> {
            Optional<AccessMethod> method = ws.table(AccessMethod.TABLE).find(methodId);
            Optional<AccessGrant> grant = method.flatMap(m -> ws.table(AccessGrant.TABLE).find(m.accessGrantId()));
            if (grant.isEmpty()) return Optional.<Key>empty();
            AccessGrant g = grant.get();
            String holder = ws.table(UserIdentity.TABLE).find(g.userIdentityId()).map(InstantKeyPage::holder)
                    .orElse("unknown user identity");
            Set<String> entranceIds = new LinkedHashSet<>(g.acsEntranceIds()); // named directly or through a space
            List<String> spaces = new ArrayList<>();
            for (String spaceId : g.spaceIds()) {
                ws.table(Space.TABLE).find(spaceId).ifPresent(space -> {
                    spaces.add(space.name());
                    entranceIds.addAll(space.acsEntranceIds());
                });
            }
            List<String> entrances = entranceIds.stream().map(eid -> ws.table(AcsEntrance.TABLE).find(eid))
                    .flatMap(Optional::stream).map(AcsEntrance::displayName).sorted().toList();
            return Optional.of(new Key(method.get(), g, holder, spaces, entrances, ws.now()));
        });
    }

    private static String holder(UserIdentity u) {
        if (u.fullName() != null) return u.fullName();
        if (u.emailAddress() != null) return u.emailAddress();
        if (u.phoneNumber() != null) return u.phoneNumber();
        return u.userIdentityKey() != null ? u.userIdentityKey() : u.userIdentityId();
    }
}
