// The guide "Mapping your resources to Seam resources", step by step, with the official client.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import { client, completeConnectWebview, unique, useSimulator } from './support/simulator.js'

const sim = useSimulator()

test('mapping your resources to Seam resources, end to end', async (t) => {
  const seam = client(sim)
  const customerKey = unique('customer')
  const state = {}

  await t.test('create a Connect Webview tagged with a customer_key', async () => {
    const webview = await seam.connectWebviews.create({
      customer_key: customerKey,
      accepted_providers: ['salto_ks'],
    })
    assert.equal(webview.customer_key, customerKey)
    assert.equal(webview.status, 'pending')
    assert.match(webview.url, /^https?:\/\//)
    state.webview = webview
  })

  await t.test('the customer completes the Connect Webview', async () => {
    await completeConnectWebview(sim, state.webview.connect_webview_id)
    const webview = await seam.connectWebviews.get({ connect_webview_id: state.webview.connect_webview_id })
    assert.equal(webview.status, 'authorized')
    assert.ok(webview.connected_account_id)
    state.connectedAccountId = webview.connected_account_id
  })

  await t.test('list connected accounts by customer_key', async () => {
    const accounts = await seam.connectedAccounts.list({ customer_key: customerKey })
    assert.deepEqual(accounts.map((a) => a.connected_account_id), [state.connectedAccountId])
    assert.equal(accounts[0].customer_key, customerKey)
  })

  await t.test('list ACS systems by customer_key and by connected_account_id', async () => {
    const byCustomer = await seam.acs.systems.list({ customer_key: customerKey })
    const byAccount = await seam.acs.systems.list({ connected_account_id: state.connectedAccountId })
    assert.deepEqual(names(byCustomer), ['Salto KS Site', 'Salto Space Site'])
    assert.deepEqual(ids(byAccount, 'acs_system_id'), ids(byCustomer, 'acs_system_id'))
    state.ks = byCustomer.find((s) => s.name === 'Salto KS Site')
    state.space = byCustomer.find((s) => s.name === 'Salto Space Site')
  })

  await t.test('list the entrances of each ACS system', async () => {
    const ksEntrances = await seam.acs.entrances.list({ acs_system_id: state.ks.acs_system_id })
    const spaceEntrances = await seam.acs.entrances.list({ acs_system_id: state.space.acs_system_id })
    assert.ok(ksEntrances.length > 0 && spaceEntrances.length > 0)
    for (const e of ksEntrances) assert.equal(e.acs_system_id, state.ks.acs_system_id)
    const byCustomer = await seam.acs.entrances.list({ customer_key: customerKey })
    assert.equal(byCustomer.length, ksEntrances.length + spaceEntrances.length)
    state.entranceIds = [ksEntrances[0].acs_entrance_id, spaceEntrances[0].acs_entrance_id]
  })

  await t.test('create a space with a space_key and entrances, then get it by space_key', async () => {
    const spaceKey = unique('room-101')
    const created = await seam.spaces.create({
      name: 'Room 101',
      space_key: spaceKey,
      acs_entrance_ids: state.entranceIds,
    })
    assert.equal(created.space_key, spaceKey)
    assert.equal(created.acs_entrance_count, 2)
    const fetched = await seam.spaces.get({ space_key: spaceKey })
    assert.equal(fetched.space_id, created.space_id)
    assert.equal(fetched.name, 'Room 101')
    state.spaceKey = spaceKey
  })

  await t.test('create a user identity with a user_identity_key, then get it by key', async () => {
    const userIdentityKey = unique('guest')
    const created = await seam.userIdentities.create({
      user_identity_key: userIdentityKey,
      full_name: 'Jane Guest',
      email_address: 'jane@example.com',
    })
    assert.equal(created.user_identity_key, userIdentityKey)
    const fetched = await seam.userIdentities.get({ user_identity_key: userIdentityKey })
    assert.equal(fetched.user_identity_id, created.user_identity_id)
    state.userIdentityId = created.user_identity_id
  })

  await t.test('create an access grant with an access_grant_key, then get it by key', async () => {
    const accessGrantKey = unique('reservation')
    const created = await seam.accessGrants.create({
      user_identity_id: state.userIdentityId,
      space_keys: [state.spaceKey],
      requested_access_methods: [{ mode: 'mobile_key' }],
      access_grant_key: accessGrantKey,
      starts_at: new Date(Date.now() + 60_000).toISOString(),
      ends_at: new Date(Date.now() + 86_400_000).toISOString(),
    })
    assert.equal(created.access_grant_key, accessGrantKey)
    assert.equal(created.user_identity_id, state.userIdentityId)
    const fetched = await seam.accessGrants.get({ access_grant_key: accessGrantKey })
    assert.equal(fetched.access_grant_id, created.access_grant_id)
    assert.match(fetched.instant_key_url, /^https?:\/\//)
    state.grant = fetched
  })

  await t.test('list the access methods of the grant', async () => {
    const methods = await seam.accessMethods.list({ access_grant_id: state.grant.access_grant_id })
    assert.equal(methods.length, 1)
    assert.equal(methods[0].mode, 'mobile_key')
    assert.deepEqual(ids(methods, 'access_method_id'), state.grant.access_method_ids)
  })
})

const names = (items) => items.map((i) => i.name).sort()
const ids = (items, field) => items.map((i) => i[field]).sort()
