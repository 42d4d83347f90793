// Updates (PATCH bodies), add/remove (PUT body / DELETE query arrays) and deletes through the official client.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import { SEEDED_ACCOUNT_ID, client, completeConnectWebview, unique, useSimulator } from './support/simulator.js'

const sim = useSimulator()

const codeOf = (promise) => promise.then(() => 'resolved', (e) => e.code)

async function seededEntranceIds(seam) {
  const entrances = await seam.acs.entrances.list({ connected_account_id: SEEDED_ACCOUNT_ID })
  assert.ok(entrances.length >= 4, 'the seeded account has at least 4 entrances')
  return entrances.map((e) => e.acs_entrance_id)
}

test('connectedAccounts.update sets metadata and tags an untagged account with a customer_key', async () => {
  const seam = client(sim)
  const webview = await seam.connectWebviews.create({ accepted_providers: ['salto_ks'] })
  const { connected_account: account } = await completeConnectWebview(sim, webview.connect_webview_id)
  assert.equal(account.customer_key, undefined)
  const customerKey = unique('customer')

  await seam.connectedAccounts.update({
    connected_account_id: account.connected_account_id,
    customer_key: customerKey,
    custom_metadata: { internal_id: 'acct-42', vip: true },
    automatically_manage_new_devices: false,
  })

  const updated = await seam.connectedAccounts.get({ connected_account_id: account.connected_account_id })
  assert.equal(updated.customer_key, customerKey)
  assert.deepEqual(updated.custom_metadata, { internal_id: 'acct-42', vip: true })
  assert.equal(updated.automatically_manage_new_devices, false)
  const byCustomer = await seam.connectedAccounts.list({ customer_key: customerKey })
  assert.deepEqual(byCustomer.map((a) => a.connected_account_id), [account.connected_account_id])
  const byMetadata = await seam.connectedAccounts.list({ custom_metadata_has: { internal_id: 'acct-42' } })
  assert.deepEqual(byMetadata.map((a) => a.connected_account_id), [account.connected_account_id])
  assert.equal((await seam.acs.systems.list({ customer_key: customerKey })).length, 2)
})

test('spaces.update renames by space_id and by space_key, and replaces the entrances', async () => {
  const seam = client(sim)
  const [a, b, c] = await seededEntranceIds(seam)
  const spaceKey = unique('room')
  const space = await seam.spaces.create({ name: 'Old name', space_key: spaceKey, acs_entrance_ids: [a] })

  const renamed = await seam.spaces.update({ space_id: space.space_id, name: 'New name', acs_entrance_ids: [b, c] })
  assert.equal(renamed.name, 'New name')
  assert.equal(renamed.acs_entrance_count, 2)
  const byKey = await seam.spaces.update({ space_key: spaceKey, name: 'Renamed by key' })
  assert.equal(byKey.space_id, space.space_id)
  assert.equal((await seam.spaces.get({ space_id: space.space_id })).name, 'Renamed by key')
  const entrance = await seam.acs.entrances.get({ acs_entrance_id: a })
  assert.ok(!entrance.space_ids.includes(space.space_id), 'the replaced entrance left the space')
})

test('spaces.addAcsEntrances (PUT body) and removeAcsEntrances (DELETE query arrays)', async () => {
  const seam = client(sim)
  const [a, b, c, d] = await seededEntranceIds(seam)
  const space = await seam.spaces.create({ name: 'Lobby', space_key: unique('room') })
  const count = async () => (await seam.spaces.get({ space_id: space.space_id })).acs_entrance_count

  await seam.spaces.addAcsEntrances({ space_id: space.space_id, acs_entrance_ids: [a, b, c, d] })
  assert.equal(await count(), 4)
  assert.ok((await seam.acs.entrances.get({ acs_entrance_id: c })).space_ids.includes(space.space_id))

  await seam.spaces.removeAcsEntrances({ space_id: space.space_id, acs_entrance_ids: [a, b] })
  assert.equal(await count(), 2)
  await seam.spaces.removeAcsEntrances({ space_id: space.space_id, acs_entrance_ids: [c] })
  assert.equal(await count(), 1)
  const remaining = await seam.acs.entrances.list({ space_id: space.space_id })
  assert.deepEqual(remaining.map((e) => e.acs_entrance_id), [d])
})

test('userIdentities.update changes the key and fields; null clears a field', async () => {
  const seam = client(sim)
  const user = await seam.userIdentities.create({
    user_identity_key: unique('guest'),
    full_name: 'Jane Guest',
    email_address: 'jane@example.com',
  })
  const newKey = unique('guest-renamed')
  await seam.userIdentities.update({
    user_identity_id: user.user_identity_id,
    user_identity_key: newKey,
    full_name: 'Jane Q. Guest',
    email_address: null,
  })
  const updated = await seam.userIdentities.get({ user_identity_key: newKey })
  assert.equal(updated.user_identity_id, user.user_identity_id)
  assert.equal(updated.full_name, 'Jane Q. Guest')
  assert.equal(updated.email_address, null)
  assert.equal(await codeOf(seam.userIdentities.get({ user_identity_key: user.user_identity_key })),
    'user_identity_not_found')
})

test('accessGrants.update changes the name and time window, by id or by access_grant_key', async () => {
  const seam = client(sim)
  const { grant } = await newGrant(seam)
  const endsAt = new Date(Date.now() + 2 * 86_400_000).toISOString()
  await seam.accessGrants.update({ access_grant_id: grant.access_grant_id, name: 'Late checkout', ends_at: endsAt })
  let fetched = await seam.accessGrants.get({ access_grant_id: grant.access_grant_id })
  assert.equal(fetched.name, 'Late checkout')
  assert.equal(Date.parse(fetched.ends_at), Date.parse(endsAt))

  await seam.accessGrants.update({ access_grant_key: grant.access_grant_key, name: 'Renamed by key' })
  fetched = await seam.accessGrants.get({ access_grant_key: grant.access_grant_key })
  assert.equal(fetched.name, 'Renamed by key')
})

test('deletes remove the resource and what hangs off it', async () => {
  const seam = client(sim)
  const { grant, user, space } = await newGrant(seam)
  const [methodId] = grant.access_method_ids

  await seam.accessGrants.delete({ access_grant_id: grant.access_grant_id })
  assert.equal(await codeOf(seam.accessGrants.get({ access_grant_id: grant.access_grant_id })), 'access_grant_not_found')
  assert.equal(await codeOf(seam.accessMethods.get({ access_method_id: methodId })), 'access_method_not_found')

  await seam.userIdentities.delete({ user_identity_id: user.user_identity_id })
  assert.equal(await codeOf(seam.userIdentities.get({ user_identity_id: user.user_identity_id })),
    'user_identity_not_found')
  await seam.spaces.delete({ space_id: space.space_id })
  assert.equal(await codeOf(seam.spaces.get({ space_id: space.space_id })), 'space_not_found')
})

test('accessMethods.delete removes one method of a grant', async () => {
  const seam = client(sim)
  const { grant } = await newGrant(seam, [{ mode: 'code' }, { mode: 'mobile_key' }])
  const [first, second] = grant.access_method_ids
  await seam.accessMethods.delete({ access_method_id: first })
  const left = await seam.accessMethods.list({ access_grant_id: grant.access_grant_id })
  assert.deepEqual(left.map((m) => m.access_method_id), [second])
})

test('deleting a connect webview and a connected account', async () => {
  const seam = client(sim)
  const customerKey = unique('customer')
  const webview = await seam.connectWebviews.create({ customer_key: customerKey, accepted_providers: ['salto_ks'] })
  const { connected_account: account } = await completeConnectWebview(sim, webview.connect_webview_id)

  await seam.connectWebviews.delete({ connect_webview_id: webview.connect_webview_id })
  assert.equal(await codeOf(seam.connectWebviews.get({ connect_webview_id: webview.connect_webview_id })),
    'connect_webview_not_found')
  await seam.connectedAccounts.delete({ connected_account_id: account.connected_account_id })
  assert.equal(await codeOf(seam.connectedAccounts.get({ connected_account_id: account.connected_account_id })),
    'connected_account_not_found')
  assert.deepEqual(await seam.acs.systems.list({ customer_key: customerKey }), [])
})

async function newGrant(seam, requestedAccessMethods = [{ mode: 'mobile_key' }]) {
  const [entranceId] = await seededEntranceIds(seam)
  const space = await seam.spaces.create({ name: 'Suite', space_key: unique('room'), acs_entrance_ids: [entranceId] })
  const user = await seam.userIdentities.create({ user_identity_key: unique('guest') })
  const grant = await seam.accessGrants.create({
    user_identity_id: user.user_identity_id,
    space_keys: [space.space_key],
    requested_access_methods: requestedAccessMethods,
    access_grant_key: unique('reservation'),
  })
  return { grant, user, space }
}
