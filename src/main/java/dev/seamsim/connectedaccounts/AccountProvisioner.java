package dev.seamsim.connectedaccounts;

import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.acs.AcsSystem;
import dev.seamsim.fixtures.Fixtures.EntranceTemplate;
import dev.seamsim.fixtures.Fixtures.ProviderTemplate;
import dev.seamsim.fixtures.Fixtures.SystemTemplate;
import dev.seamsim.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates a connected account and, from its provider's fixture template, its ACS systems and entrances. Used by
 * seeding and by completing a Connect Webview, so both produce the same objects. Call inside a workspace write.
 */
public final class AccountProvisioner {
    /** What to connect: the provider, and the ids and customer data the new objects carry. */
    public record Request(String provider, String accountId, List<String> systemIds, String customerKey,
                          Map<String, Object> customMetadata) {}

    private AccountProvisioner() {}

    public static ConnectedAccount provision(Workspace ws, ProviderTemplate template, Request request) {
        Instant now = ws.now();
        String accountId = request.accountId() != null ? request.accountId() : ws.newId();
        List<SystemTemplate> systems = template == null ? List.of() : template.acsSystems();
        ConnectedAccount account = new ConnectedAccount(accountId, ws.id(), now, request.provider(),
                template == null ? displayName(request.provider()) : template.accountTypeDisplayName(),
                template == null ? request.provider() + " account" : template.accountDisplayName(), List.of(), List.of(),
                request.customMetadata() == null ? Map.of() : request.customMetadata(), true,
                List.of(systems.isEmpty() ? "lock" : "access_control"), request.customerKey());
        ws.table(ConnectedAccount.TABLE).insert(account);
        for (int i = 0; i < systems.size(); i++) {
            String systemId = i < request.systemIds().size() ? request.systemIds().get(i) : ws.newId();
            addSystem(ws, account, systemId, systems.get(i), now);
        }
        return account;
    }

    private static void addSystem(Workspace ws, ConnectedAccount account, String systemId, SystemTemplate t,
                                  Instant now) {
        String accountId = account.connectedAccountId();
        Map<String, String> location = new HashMap<>();
        location.put("time_zone", t.timeZone());
        ws.table(AcsSystem.TABLE).insert(new AcsSystem(systemId, ws.id(), accountId, List.of(accountId), now,
                t.name(), t.externalType(), t.externalTypeDisplayName(), t.externalType(),
                t.externalTypeDisplayName(), t.isCredentialManager(), location,
                "https://connect.getseam.com/assets/images/acs_systems/" + t.externalType() + ".png",
                t.externalTypeDisplayName() + " Logo", List.of(), List.of(), account.customerKey()));
        List<EntranceTemplate> entrances = t.entrances();
        for (int i = 0; i < entrances.size(); i++) {
            // Derived from the system id, so entrances of fixture systems with fixed ids keep their ids too.
            String entranceId = UUID.nameUUIDFromBytes((systemId + "/entrance/" + i).getBytes(StandardCharsets.UTF_8))
                    .toString();
            EntranceTemplate e = entrances.get(i);
            ws.table(AcsEntrance.TABLE).insert(new AcsEntrance(entranceId, systemId, accountId, now,
                    e.displayName(), List.of(), List.of(), List.of(), e.details().deepCopy()));
        }
    }

    private static String displayName(String provider) {
        String words = provider.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
