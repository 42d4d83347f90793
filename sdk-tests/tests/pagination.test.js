// The official client's paginator (createPaginator → firstPage / nextPage / flattenToArray) over the simulator.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import { API_KEY_1, client, completeConnectWebview, unique, useSimulator } from './support/simulator.js'

const sim = useSimulator()

test('spaces.list pages through every space two at a time', async () => {
  const seam = client(sim)
  const customerKey = unique('customer')
  const created = []
  for (let i = 0; i < 5; i++) {
    created.push(await seam.spaces.create({ name: `Room ${i}`, customer_key: customerKey }))
  }
  const request = () => seam.spaces.list({ customer_key: customerKey, limit: 2 })

  const [first, pagination] = await seam.createPaginator(request()).firstPage()
  assert.equal(first.length, 2)
  assert.equal(pagination.hasNextPage, true)
  assert.ok(pagination.nextPageCursor)
  assert.ok(pagination.nextPageUrl)
  const [second] = await seam.createPaginator(request()).nextPage(pagination.nextPageCursor)
  assert.equal(second.length, 2)
  assert.equal(new Set([...first, ...second].map((s) => s.space_id)).size, 4)

  const viaUrl = await fetch(pagination.nextPageUrl, { headers: { Authorization: `Bearer ${API_KEY_1}` } })
  assert.equal(viaUrl.status, 200)
  const { spaces: sameSecond } = await viaUrl.json()
  assert.deepEqual(sameSecond.map((s) => s.space_id), second.map((s) => s.space_id))

  const all = await seam.createPaginator(request()).flattenToArray()
  assertSameIds(all, created, 'space_id')
})

test('connectWebviews.list and connectedAccounts.list page by customer_key', async () => {
  const seam = client(sim)
  const customerKey = unique('customer')
  const webviews = []
  const accounts = []
  for (let i = 0; i < 5; i++) {
    const webview = await seam.connectWebviews.create({ customer_key: customerKey, accepted_providers: ['salto_ks'] })
    webviews.push(webview)
    accounts.push((await completeConnectWebview(sim, webview.connect_webview_id)).connected_account)
  }

  const allWebviews = await seam
    .createPaginator(seam.connectWebviews.list({ customer_key: customerKey, limit: 2 }))
    .flattenToArray()
  assertSameIds(allWebviews, webviews, 'connect_webview_id')

  const allAccounts = await seam
    .createPaginator(seam.connectedAccounts.list({ customer_key: customerKey, limit: 2 }))
    .flattenToArray()
  assertSameIds(allAccounts, accounts, 'connected_account_id')
})

test('accessMethods.list pages through the methods of a space\'s grants', async () => {
  const seam = client(sim)
  const space = await seam.spaces.create({ name: 'Shared room', space_key: unique('room') })
  const methodIds = []
  for (let i = 0; i < 3; i++) {
    const user = await seam.userIdentities.create({ user_identity_key: unique('guest') })
    const grant = await seam.accessGrants.create({
      user_identity_id: user.user_identity_id,
      space_ids: [space.space_id],
      requested_access_methods: [{ mode: 'code' }, { mode: 'mobile_key' }],
    })
    methodIds.push(...grant.access_method_ids)
  }
  assert.equal(methodIds.length, 6)

  const paginator = seam.createPaginator(seam.accessMethods.list({ space_id: space.space_id, limit: 2 }))
  const pages = []
  for await (const page of paginator) pages.push(page.length)
  assert.deepEqual(pages, [2, 2, 2])

  const all = await seam
    .createPaginator(seam.accessMethods.list({ space_id: space.space_id, limit: 2 }))
    .flattenToArray()
  assert.deepEqual(all.map((m) => m.access_method_id), methodIds)
})

/** Same items, in creation order (the order Seam lists them in). */
function assertSameIds(actual, expected, field) {
  assert.deepEqual(actual.map((x) => x[field]), expected.map((x) => x[field]))
}
