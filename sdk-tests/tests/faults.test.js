// Injected faults and the request journal as the official client meets them: a forced error becomes a
// SeamHttpApiError, and the client's own retries (axios-retry: GET on 429/5xx, twice) show in the journal.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import { SeamHttpApiError } from '@seamapi/http'

import { WORKSPACE_1_ID, WORKSPACE_2_ID, API_KEY_2, client, unique, useSimulator } from './support/simulator.js'

const sim = useSimulator()

async function fake(method, path, body) {
  const response = await fetch(`${sim.baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json()
  if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${JSON.stringify(json)}`)
  return json
}

async function journal(query) {
  return (await fake('GET', `/_fake/requests?${new URLSearchParams(query)}`)).requests
}

test('a workspace outage on a POST route throws SeamHttpApiError service_unavailable, once, in that workspace only', async () => {
  await fake('POST', '/_fake/simulate_workspace_outage', { workspace_id: WORKSPACE_1_ID, routes: ['/spaces/create'] })
  try {
    const name = unique('outage')
    const error = await client(sim).spaces.create({ name }).then(() => null, (e) => e)
    assert.ok(error instanceof SeamHttpApiError, `expected SeamHttpApiError, got ${error}`)
    assert.equal(error.code, 'service_unavailable')
    assert.equal(error.statusCode, 503)
    const calls = await journal({ path: '/spaces/create', workspace_id: WORKSPACE_1_ID, limit: 10 })
    assert.equal(calls.filter((c) => c.request_body?.name === name).length, 1, 'a POST is not retried')
    const other = await client(sim, API_KEY_2).spaces.create({ name })
    assert.equal(other.name, name)
  } finally {
    await fake('DELETE', '/_fake/simulate_workspace_outage')
  }
})

test('a GET that fails twice is retried by the client and succeeds, as the journal shows', async () => {
  await fake('POST', '/_fake/faults', { path: '/workspaces/get', workspace_id: WORKSPACE_2_ID, status: 503, times: 2 })
  await fake('DELETE', '/_fake/requests')
  const workspace = await client(sim, API_KEY_2).workspaces.get()
  assert.equal(workspace.workspace_id, WORKSPACE_2_ID)
  const calls = await journal({ path: '/workspaces/get' })
  assert.deepEqual(calls.map((c) => c.status), [200, 503, 503])
  assert.deepEqual((await fake('GET', '/_fake/faults')).faults, [])
})
