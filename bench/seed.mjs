// Writes a "workspace"-scope state document (README "Saving and loading state") for bench/run's scale runs:
// workspace 2 of the bundled fixtures (API key seam_apikey2_token) holding N spaces (space_key sk-<i>),
// N connected accounts (customer_key ck-<i>), N user identities (user_identity_key u-<i>) and N access grants
// (each with one access method). Usage: node seed.mjs N > file.json
const n = Number(process.argv[2])
if (!Number.isInteger(n) || n < 1 || n > 2_000_000) throw new Error('usage: node seed.mjs N (1..2000000)')
const ws = '5d4b2a11-5e5a-4f7b-9b1c-000000000002'
const at = '2025-01-01T00:00:00Z'
const hex = (kind, i) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`
const out = process.stdout
let buf = ''
const write = (s) => { buf += s; if (buf.length > 1 << 20) { out.write(buf); buf = '' } }

function table(name, make) {
  write(`"${name}":{"next_seq":${n + 1},"rows":[`)
  for (let i = 1; i <= n; i++) write((i > 1 ? ',' : '') + `{"seq":${i},"row":${JSON.stringify(make(i))}}`)
  write(']}')
}

write(`{"format":"seam-simulator/state","version":1,"scope":"workspace","workspaces":[{"workspace_id":"${ws}",` +
  `"name":"Seed Workspace 2","company_name":"Empty Workspace Inc.","is_sandbox":true,"created_at":"${at}",` +
  `"reset_to":"fixtures","api_keys":["seam_apikey2_token"],"auto_api_keys":[],"tables":{`)
table('connected_accounts', (i) => ({
  connected_account_id: hex(1, i), workspace_id: ws, created_at: at, account_type: 'salto_ks',
  account_type_display_name: 'Salto KS', display_name: `user${i}@example.com`, errors: [], warnings: [],
  custom_metadata: {}, automatically_manage_new_devices: true, accepted_capabilities: ['access_control'],
  customer_key: `ck-${i}`,
}))
write(',')
table('spaces', (i) => ({
  space_id: hex(2, i), workspace_id: ws, name: `Space ${i}`, display_name: `Space ${i}`, space_key: `sk-${i}`,
  customer_key: null, customer_data: null, created_at: at, device_count: 0, acs_entrance_ids: [],
}))
write(',')
table('user_identities', (i) => ({
  user_identity_id: hex(3, i), workspace_id: ws, user_identity_key: `u-${i}`, email_address: null,
  phone_number: null, full_name: `User ${i}`, created_at: at, acs_user_ids: [], errors: [], warnings: [],
}))
write(',')
table('access_grants', (i) => ({
  access_grant_id: hex(4, i), workspace_id: ws, user_identity_id: hex(3, i), access_grant_key: `ag-${i}`,
  reservation_key: null, name: null, space_ids: [hex(2, i)],
  requested_access_methods: [{ mode: 'code', display_name: 'PIN Code', created_at: at,
    created_access_method_ids: [hex(5, i)], code: null, instant_key_max_use_count: null }],
  access_method_ids: [hex(5, i)], starts_at: at, ends_at: null, created_at: at, instant_key_url: null,
  errors: [], warnings: [], pending_mutations: [], acs_entrance_ids: [],
}))
write(',')
table('access_methods', (i) => ({
  access_method_id: hex(5, i), workspace_id: ws, display_name: 'PIN Code', mode: 'code', created_at: at,
  issued_at: at, is_issued: true, code: String(100000 + (i % 900000)), instant_key_url: null,
  is_encoding_required: null, errors: [], warnings: [], pending_mutations: [], access_grant_id: hex(4, i),
}))
write(`}}],"personal_access_tokens":[{"token":"seam_at1_longtoken","workspace_ids":["${ws}"]}],"ok":true}\n`)
out.write(buf)
