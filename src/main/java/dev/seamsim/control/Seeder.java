package dev.seamsim.control;

import dev.seamsim.connectedaccounts.AccountProvisioner;
import dev.seamsim.fixtures.Fixtures;
import dev.seamsim.fixtures.Fixtures.AccessTokenSeed;
import dev.seamsim.fixtures.Fixtures.AccountSeed;
import dev.seamsim.fixtures.Fixtures.WorkspaceSeed;
import dev.seamsim.store.Generators;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;

/** Builds the simulator's workspaces, credentials and seeded accounts from fixtures. */
public final class Seeder {
    private Seeder() {}

    public static Workspaces seed(Fixtures fixtures, Generators generators) {
        Workspaces workspaces = new Workspaces();
        for (WorkspaceSeed seed : fixtures.workspaces()) {
            Workspace ws = new Workspace(seed.workspaceId(), seed.name(), seed.companyName(), seed.isSandbox(),
                    generators);
            ws.write(() -> {
                for (AccountSeed account : seed.connectedAccounts()) {
                    AccountProvisioner.provision(ws, fixtures.provider(account.provider()),
                            new AccountProvisioner.Request(account.provider(), account.connectedAccountId(),
                                    account.acsSystemIds(), account.customerKey(), account.customMetadata()));
                }
            });
            workspaces.add(ws, seed.apiKeys());
        }
        for (AccessTokenSeed token : fixtures.personalAccessTokens()) {
            token.workspaceIds().forEach(id -> workspaces.grantAccessToken(token.token(), id));
        }
        return workspaces;
    }
}
