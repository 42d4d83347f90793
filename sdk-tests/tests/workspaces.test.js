// Workspaces as the official client sees them: isolation between API keys, and personal access tokens.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import { SeamHttp, SeamHttpApiError, SeamHttpWithoutWorkspace } from '@seamapi/http'

import {
  API_KEY_2,
  PAT,
  SEEDED_ACCOUNT_ID,
  WORKSPACE_1_ID,
  WORKSPACE_2_ID,
  client,
  unique,
  useSimulator,
} from './support/simulator.js'

const sim = useSimulator()

test('a second workspace does not see the first one\'s space and may reuse its space_key', async () => {
  const ws1 = client(sim)
  const ws2 = client(sim, API_KEY_2)
  const spaceKey = unique('room')
  const inWs1 = await ws1.spaces.create({ name: 'Workspace 1 room', space_key: spaceKey })

  const notFound = await ws2.spaces.get({ space_id: inWs1.space_id }).catch((e) => e)
  assert.ok(notFound instanceof SeamHttpApiError)
  assert.equal(notFound.code, 'space_not_found')
  assert.deepEqual(await ws2.spaces.list({ space_key: spaceKey }), [])

  const inWs2 = await ws2.spaces.create({ name: 'Workspace 2 room', space_key: spaceKey })
  assert.notEqual(inWs2.space_id, inWs1.space_id)
  assert.equal(inWs2.workspace_id, WORKSPACE_2_ID)
  assert.equal((await ws1.spaces.get({ space_key: spaceKey })).name, 'Workspace 1 room')
  assert.equal((await ws2.spaces.get({ space_key: spaceKey })).name, 'Workspace 2 room')
})

test('each API key reaches only its own workspace and connected accounts', async () => {
  const ws1 = client(sim)
  const ws2 = client(sim, API_KEY_2)
  assert.equal((await ws1.workspaces.get()).workspace_id, WORKSPACE_1_ID)
  assert.equal((await ws2.workspaces.get()).workspace_id, WORKSPACE_2_ID)
  const accounts1 = await ws1.connectedAccounts.list()
  assert.ok(accounts1.some((a) => a.connected_account_id === SEEDED_ACCOUNT_ID))
  assert.deepEqual(await ws2.connectedAccounts.list(), [])
})

test('a personal access token lists its workspaces, then works inside one of them', async () => {
  const withoutWorkspace = SeamHttpWithoutWorkspace.fromPersonalAccessToken(PAT, { endpoint: sim.baseUrl })
  const workspaces = await withoutWorkspace.workspaces.list()
  assert.deepEqual(workspaces.map((w) => w.workspace_id).sort(), [WORKSPACE_1_ID, WORKSPACE_2_ID])

  for (const { workspace_id: workspaceId } of workspaces) {
    const seam = SeamHttp.fromPersonalAccessToken(PAT, workspaceId, { endpoint: sim.baseUrl })
    const workspace = await seam.workspaces.get()
    assert.equal(workspace.workspace_id, workspaceId)
  }
})

test('a personal access token sees the same data as the workspace\'s API key', async () => {
  const spaceKey = unique('room')
  const created = await client(sim, API_KEY_2).spaces.create({ name: 'Seen by PAT', space_key: spaceKey })
  const seam = SeamHttp.fromPersonalAccessToken(PAT, WORKSPACE_2_ID, { endpoint: sim.baseUrl })
  assert.equal((await seam.spaces.get({ space_key: spaceKey })).space_id, created.space_id)
  const other = SeamHttp.fromPersonalAccessToken(PAT, WORKSPACE_1_ID, { endpoint: sim.baseUrl })
  assert.equal((await other.spaces.get({ space_key: spaceKey }).catch((e) => e)).code, 'space_not_found')
})
