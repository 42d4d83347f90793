// Starts the simulator jar on a free port for one test file and stops it afterwards.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createInterface } from 'node:readline'
import { after, before } from 'node:test'

import { SeamHttp } from '@seamapi/http'

export const JAR = fileURLToPath(new URL('../../../target/seam-simulator.jar', import.meta.url))
export const API_KEY_1 = 'seam_apikey1_token'
export const API_KEY_2 = 'seam_apikey2_token'
export const PAT = 'seam_at1_longtoken'
export const WORKSPACE_1_ID = '5d4b2a11-5e5a-4f7b-9b1c-000000000001'
export const WORKSPACE_2_ID = '5d4b2a11-5e5a-4f7b-9b1c-000000000002'
export const SEEDED_ACCOUNT_ID = '11111111-1111-1111-1111-111111111111'

const START_LINE = /^Seam Simulator listening on (http:\/\/\S+)/
const START_TIMEOUT_MS = 60_000

/**
 * Registers before/after hooks that run `java -jar target/seam-simulator.jar --port 0 [extraArgs]` and stop it.
 * Returns an object whose `baseUrl` is set once the simulator is up.
 */
export function useSimulator(extraArgs = []) {
  const sim = { baseUrl: undefined, process: undefined }
  before(async () => {
    Object.assign(sim, await startSimulator(extraArgs))
  })
  after(() => stopSimulator(sim.process))
  return sim
}

/** A client for workspace 1 (or another API key), built exactly as a user would build it. */
export function client(sim, apiKey = API_KEY_1) {
  return new SeamHttp({ apiKey, endpoint: sim.baseUrl })
}

/** A key no other test run uses, so tests never depend on an empty workspace. */
export function unique(prefix) {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

export async function startSimulator(extraArgs = []) {
  if (!existsSync(JAR)) {
    throw new Error(`Simulator jar not found at ${JAR}. Build it first from the repository root: mvn -B -q -DskipTests package`)
  }
  const child = spawn('java', ['-jar', JAR, '--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] })
  process.once('exit', () => child.kill('SIGKILL'))
  let stderr = ''
  child.stderr.on('data', (chunk) => { stderr += chunk })
  const baseUrl = await new Promise((resolve, reject) => {
    let settled = false
    const timer = setTimeout(() => fail(`no start line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS)
    function settle() {
      settled = true
      clearTimeout(timer)
    }
    function fail(why) {
      if (settled) return
      settle()
      child.kill('SIGKILL')
      reject(new Error(`Simulator did not start: ${why}\n${stderr}`))
    }
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = START_LINE.exec(line)
      if (match && !settled) {
        settle()
        resolve(match[1])
      }
    })
    child.once('error', (err) => fail(err.message))
    child.once('exit', (code, signal) => fail(`java exited (code ${code}, signal ${signal})`))
  })
  return { baseUrl, process: child }
}

export async function stopSimulator(child) {
  if (child == null || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** What the person does in the Connect Webview: the simulator's control endpoint, called with plain fetch. */
export async function completeConnectWebview(sim, connectWebviewId) {
  const response = await fetch(`${sim.baseUrl}/_fake/complete_connect_webview`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ connect_webview_id: connectWebviewId }),
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`complete_connect_webview failed: ${response.status} ${JSON.stringify(body)}`)
  return body
}
