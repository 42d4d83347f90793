// How the official client surfaces the simulator's errors: its error classes, codes, status codes and data.
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { test } from 'node:test'

import {
  SeamHttp,
  SeamHttpApiError,
  SeamHttpInvalidInputError,
  SeamHttpUnauthorizedError,
} from '@seamapi/http'

import { client, unique, useSimulator } from './support/simulator.js'

const sim = useSimulator()

test('a duplicate space_key throws SeamHttpApiError duplicate_space_key with status 409', async () => {
  const seam = client(sim)
  const spaceKey = unique('room')
  const first = await seam.spaces.create({ name: 'First', space_key: spaceKey })
  const error = await rejection(seam.spaces.create({ name: 'Second', space_key: spaceKey }))
  assert.ok(error instanceof SeamHttpApiError, `expected SeamHttpApiError, got ${error}`)
  assert.equal(error.code, 'duplicate_space_key')
  assert.equal(error.statusCode, 409)
  assert.ok(error.requestId, 'the seam-request-id header reaches the error')
  assert.match(JSON.stringify(error.data), new RegExp(first.space_id))
  const spaces = await seam.spaces.list({ space_key: spaceKey })
  assert.deepEqual(spaces.map((s) => s.space_id), [first.space_id])
})

test('a duplicate user_identity_key and access_grant_key are refused the same way', async () => {
  const seam = client(sim)
  const userIdentityKey = unique('guest')
  const user = await seam.userIdentities.create({ user_identity_key: userIdentityKey })
  const dupUser = await rejection(seam.userIdentities.create({ user_identity_key: userIdentityKey }))
  assert.equal(dupUser.code, 'duplicate_user_identity_key')
  assert.equal(dupUser.statusCode, 409)

  const space = await seam.spaces.create({ name: 'Grant room', space_key: unique('room') })
  const grant = {
    user_identity_id: user.user_identity_id,
    space_ids: [space.space_id],
    requested_access_methods: [{ mode: 'code' }],
    access_grant_key: unique('reservation'),
  }
  await seam.accessGrants.create(grant)
  const dupGrant = await rejection(seam.accessGrants.create(grant))
  assert.equal(dupGrant.code, 'duplicate_access_grant_key')
  assert.equal(dupGrant.statusCode, 409)
})

test('invalid JSON body input throws SeamHttpInvalidInputError naming the field', async () => {
  const seam = client(sim)
  const error = await rejection(seam.spaces.create({ name: 5 }))
  assert.ok(error instanceof SeamHttpInvalidInputError, `expected SeamHttpInvalidInputError, got ${error}`)
  assert.equal(error.code, 'invalid_input')
  assert.equal(error.statusCode, 400)
  assert.deepEqual(error.validationErrors.map((v) => v.parameterName), ['name'])
  assert.deepEqual(error.getValidationErrorMessages('name'), ['Expected string, received number'])
})

test('an invalid array element is reported under its array parameter', async () => {
  const seam = client(sim)
  const error = await rejection(seam.spaces.create({ name: 'Bad', acs_entrance_ids: ['not-a-uuid'] }))
  assert.ok(error instanceof SeamHttpInvalidInputError, `expected SeamHttpInvalidInputError, got ${error}`)
  assert.deepEqual(error.validationErrors.map((v) => v.parameterName), ['acs_entrance_ids'])
  assert.match(error.message, /acs_entrance_ids\.0/)
})

test('invalid query-string input throws SeamHttpInvalidInputError naming the field', async () => {
  const seam = client(sim)
  const error = await rejection(seam.spaces.get({ space_id: 'not-a-uuid' }))
  assert.ok(error instanceof SeamHttpInvalidInputError, `expected SeamHttpInvalidInputError, got ${error}`)
  assert.ok(error.getValidationErrorMessages('space_id').length > 0)
})

test('an unknown id throws SeamHttpApiError <resource>_not_found with status 404', async () => {
  const seam = client(sim)
  const id = randomUUID()
  const cases = [
    ['space_not_found', seam.spaces.get({ space_id: id })],
    ['space_not_found', seam.spaces.delete({ space_id: id })],
    ['user_identity_not_found', seam.userIdentities.get({ user_identity_id: id })],
    ['access_grant_not_found', seam.accessGrants.get({ access_grant_id: id })],
    ['access_method_not_found', seam.accessMethods.get({ access_method_id: id })],
    ['connected_account_not_found', seam.connectedAccounts.get({ connected_account_id: id })],
    ['connect_webview_not_found', seam.connectWebviews.get({ connect_webview_id: id })],
    ['acs_system_not_found', seam.acs.systems.get({ acs_system_id: id })],
    ['acs_entrance_not_found', seam.acs.entrances.get({ acs_entrance_id: id })],
  ]
  for (const [code, request] of cases) {
    const error = await rejection(request)
    assert.ok(error instanceof SeamHttpApiError, `${code}: expected SeamHttpApiError, got ${error}`)
    assert.equal(error.code, code)
    assert.equal(error.statusCode, 404, code)
  }
})

test('a get by an unknown key is not found too', async () => {
  const seam = client(sim)
  const error = await rejection(seam.spaces.get({ space_key: unique('nowhere') }))
  assert.equal(error.code, 'space_not_found')
})

test('an unknown API key throws SeamHttpUnauthorizedError', async () => {
  const seam = new SeamHttp({ apiKey: 'seam_unknown_token', endpoint: sim.baseUrl })
  const error = await rejection(seam.spaces.list())
  assert.ok(error instanceof SeamHttpUnauthorizedError, `expected SeamHttpUnauthorizedError, got ${error}`)
  assert.equal(error.statusCode, 401)
})

async function rejection(promise) {
  try {
    await promise
  } catch (error) {
    return error
  }
  assert.fail('expected the request to be rejected')
}
