#!/usr/bin/env node
// Writes a description-free extract of Seam's official OpenAPI document
// (from the pinned @seamapi/types package) for the simulator's contract tests:
//   cd scripts && npm ci && node extract-openapi.mjs
// Output: ../src/test/resources/openapi/seam-openapi.extract.json (deterministic).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openapi } from '@seamapi/types/connect'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', 'src', 'test', 'resources', 'openapi', 'seam-openapi.extract.json')
const pkg = JSON.parse(readFileSync(join(here, 'node_modules', '@seamapi', 'types', 'package.json'), 'utf8'))

// Schema keywords kept, by how their value is walked.
const SCHEMA_MAP = new Set(['properties']) // name -> schema
const SCHEMA_ONE = new Set(['items', 'not', 'additionalProperties']) // schema (or boolean)
const SCHEMA_LIST = new Set(['oneOf', 'anyOf', 'allOf']) // [schema]
const VERBATIM = new Set([
  '$ref', 'type', 'format', 'enum', 'required', 'nullable', 'default', 'pattern',
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'readOnly', 'writeOnly', 'deprecated', 'discriminator',
])
// Prose and tooling metadata, dropped. Any x-* key is dropped except x-response-key.
const PROSE = new Set(['description', 'summary', 'title', 'externalDocs', 'example', 'examples', 'tags'])
const unknown = new Set()

function dropped(key, where) {
  if (PROSE.has(key) || key.startsWith('x-')) return true
  unknown.add(`${where}: ${key}`)
  return true
}

function sortedObject(entries) {
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function schema(node, where) {
  if (typeof node === 'boolean') return node
  const kept = []
  for (const [k, v] of Object.entries(node)) {
    if (SCHEMA_MAP.has(k)) kept.push([k, sortedObject(Object.entries(v).map(([n, s]) => [n, schema(s, where)]))])
    else if (SCHEMA_ONE.has(k)) kept.push([k, schema(v, where)])
    else if (SCHEMA_LIST.has(k)) kept.push([k, v.map((s) => schema(s, where))])
    else if (VERBATIM.has(k)) kept.push([k, structuredClone(v)])
    else dropped(k, `schema in ${where}`)
  }
  return sortedObject(kept)
}

function pick(node, keys, where) {
  const kept = []
  for (const [k, v] of Object.entries(node)) {
    if (k in keys) kept.push([k, keys[k](v)])
    else dropped(k, where)
  }
  return sortedObject(kept)
}

const copy = (v) => structuredClone(v)
const content = (where) => (c) =>
  sortedObject(Object.entries(c).map(([media, m]) => [media, pick(m, { schema: (s) => schema(s, where) }, where)]))

function operation(op, where) {
  const o = pick(op, {
    operationId: copy,
    security: copy,
    deprecated: copy,
    'x-response-key': copy,
    parameters: (ps) => ps.map((p) => pick(p, {
      name: copy, in: copy, required: copy, deprecated: copy, style: copy, explode: copy,
      schema: (s) => schema(s, where),
    }, `parameter of ${where}`)),
    requestBody: (rb) => pick(rb, { required: copy, content: content(where) }, `requestBody of ${where}`),
    responses: (rs) => sortedObject(Object.entries(rs).map(([status, r]) => [status,
      // OpenAPI 3.0 requires a response description: keep it, but empty.
      { description: '', ...pick(r, { content: content(where) }, `response of ${where}`) }])),
  }, where)
  return o
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'])
const paths = sortedObject(Object.entries(openapi.paths).map(([p, item]) => [p, sortedObject(
  Object.entries(item).flatMap(([m, op]) => {
    if (METHODS.has(m)) return [[m, operation(op, `${m.toUpperCase()} ${p}`)]]
    dropped(m, `path item ${p}`)
    return []
  }))]))

const extract = {
  openapi: openapi.openapi,
  info: { title: openapi.info.title, version: openapi.info.version },
  'x-source': { package: pkg.name, version: pkg.version, license: pkg.license },
  paths,
  components: {
    schemas: sortedObject(Object.entries(openapi.components.schemas).map(([n, s]) => [n, schema(s, `#/components/schemas/${n}`)])),
    securitySchemes: sortedObject(Object.entries(openapi.components.securitySchemes).map(([n, s]) => [n,
      pick(s, { type: copy, scheme: copy, bearerFormat: copy, in: copy, name: copy }, `securityScheme ${n}`)])),
  },
}

if (unknown.size > 0) {
  console.error('Unknown OpenAPI keys (extend extract-openapi.mjs to keep or drop them):')
  for (const u of [...unknown].sort()) console.error(`  ${u}`)
  process.exit(1)
}

// Sanity check against the shared reference copy when it is present (not in CI clones).
const reference = process.env.SEAM_OPENAPI_REFERENCE ?? join(here, '..', '..', 'shared', 'seam-api', 'seam-openapi.json')
try {
  const same = JSON.stringify(JSON.parse(readFileSync(reference, 'utf8'))) === JSON.stringify(openapi)
  console.error(`${reference}: ${same ? 'identical to' : 'DIFFERS from'} ${pkg.name}@${pkg.version}`)
} catch {
  // reference copy not available: nothing to compare
}

mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(extract, null, 1) + '\n')
const ops = Object.values(paths).reduce((n, item) => n + Object.keys(item).length, 0)
console.error(`wrote ${out}: ${Object.keys(paths).length} paths, ${ops} operations, ` +
  `${Object.keys(extract.components.schemas).length} schemas (${pkg.name}@${pkg.version}, ${pkg.license})`)
