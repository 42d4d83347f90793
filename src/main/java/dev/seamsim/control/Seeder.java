package dev.seamsim.control;

import dev.seamsim.connectedaccounts.AccountProvisioner;
import dev.seamsim.fixtures.Fixtures;
import dev.seamsim.fixtures.Fixtures.AccessTokenSeed;
import dev.seamsim.fixtures.Fixtures.AccountSeed;
import dev.seamsim.fixtures.Fixtures.WorkspaceSeed;
import dev.seamsim.store.Generators;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;

/** Builds workspaces, credentials and seeded accounts from fixtures. */
final class Seeder {
    private Seeder() {}

    /** Fills {@code workspaces} with every fixture workspace and credential. */
    static void seedAll(Workspaces workspaces, Fixtures fixtures, Generators generators) {
        for (WorkspaceSeed seed : fixtures.workspaces()) {
            workspaces.add(build(seed, seed.workspaceId(), seed.name(), fixtures, generators, true), seed.apiKeys());
        }
        for (AccessTokenSeed token : fixtures.personalAccessTokens()) {
            token.workspaceIds().forEach(id -> workspaces.grantAccessToken(token.token(), id));
        }
    }

    /** A workspace with id {@code workspaceId} holding what {@code seed} describes (its accounts only if asked). */
    static Workspace build(WorkspaceSeed seed, String workspaceId, String name, Fixtures fixtures,
                           Generators generators, boolean withAccounts) {
        Workspace ws = new Workspace(workspaceId, name, seed.companyName(), seed.isSandbox(), generators);
        if (!withAccounts) return ws;
        ws.write(() -> {
            for (AccountSeed account : seed.connectedAccounts()) {
                AccountProvisioner.provision(ws, fixtures.provider(account.provider()),
                        new AccountProvisioner.Request(account.provider(), account.connectedAccountId(),
                                account.acsSystemIds(), account.customerKey(), account.customMetadata()));
            }
        });
        return ws;
    }
}
