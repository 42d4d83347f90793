// The guide "Mapping your resources to Seam resources" with its own values and dates. Its access window is
// August 2025, so the simulator's clock starts on 2025-08-01 (--clock), as if the guide were run that day.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import { client, completeConnectWebview, useSimulator } from './support/simulator.js'

const sim = useSimulator(['--clock', '2025-08-01T00:00:00Z'])

test("the guide's examples, with the guide's values", async (t) => {
  const seam = client(sim)
  let unit104Entrance, room104Id, userIdentity

  await t.test('Create a Connect Webview for a Specific Customer', async () => {
    const webview = await seam.connectWebviews.create({
      accepted_providers: ['salto_ks'],
      customer_key: 'customer-id', // Your unique identifier for the customer
    })
    assert.equal(webview.customer_key, 'customer-id')
    await completeConnectWebview(sim, webview.connect_webview_id)
  })

  await t.test('Retrieve All Connected Accounts for a Specific Customer', async () => {
    const connectedAccounts = await seam.connectedAccounts.list({ customer_key: 'customer-id' })
    const customerSystems = []
    for (const account of connectedAccounts) {
      const systems = await seam.acs.systems.list({ connected_account_id: account.connected_account_id })
      customerSystems.push(...systems)
    }
    assert.deepEqual(customerSystems.map((s) => s.name).sort(), ['Salto KS Site', 'Salto Space Site'])
    const ks = customerSystems.find((s) => s.name === 'Salto KS Site')
    const entrances = await seam.acs.entrances.list({ acs_system_id: ks.acs_system_id })
    unit104Entrance = entrances[0]
  })

  await t.test('Associating a Seam Space with Your Own Resource', async () => {
    const space = await seam.spaces.create({
      name: 'Valley Grove - Room 104',
      acs_entrance_ids: [unit104Entrance.acs_entrance_id],
      space_key: 'room-104-id', // Your room ID
    })
    assert.equal(space.name, 'Valley Grove - Room 104')
    assert.equal(space.space_key, 'room-104-id')
    room104Id = space.space_id
  })

  await t.test('Associating a Seam User Identity with Your User', async () => {
    userIdentity = await seam.userIdentities.create({
      full_name: 'Jane Doe',
      user_identity_key: 'user-123-id', // Your end user ID
    })
    assert.equal(userIdentity.full_name, 'Jane Doe')
    assert.equal(userIdentity.user_identity_key, 'user-123-id')
  })

  await t.test('Associating a Seam Access Grant with Your Own Resource', async () => {
    const grant = await seam.accessGrants.create({
      user_identity_id: userIdentity.user_identity_id,
      starts_at: '2025-08-13T15:00:00.000Z',
      ends_at: '2025-08-16T11:00:00.000Z',
      requested_access_methods: [{ mode: 'mobile_key' }],
      space_ids: [room104Id],
      access_grant_key: 'booking-789-id', // Your booking or lease reference
    })
    assert.equal(grant.access_grant_key, 'booking-789-id')
    assert.deepEqual(grant.space_ids, [room104Id])
    assert.equal(grant.requested_access_methods[0].display_name, 'Mobile Key')
    assert.equal(grant.requested_access_methods[0].created_access_method_ids.length, 1)
    assert.ok(grant.instant_key_url.startsWith(sim.baseUrl))
  })

  await t.test('Retrieving a Resource Using the <resource>_key', async () => {
    const space = await seam.spaces.get({ space_key: 'room-104-id' })
    assert.equal(space.space_id, room104Id)
    const grant = await seam.accessGrants.get({ access_grant_key: 'booking-789-id' })
    assert.equal(grant.user_identity_id, userIdentity.user_identity_id)
    assert.equal(grant.starts_at, '2025-08-13T15:00:00.000Z')
  })
})
