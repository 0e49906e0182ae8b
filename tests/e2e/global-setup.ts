/**
 * Global setup of the `e2e` vitest project (see vitest.config.ts).
 *
 * 1. Builds the site once (`astro build`, which also writes the Pagefind index) when dist/
 *    is missing or older than any build input. `E2E_BUILD=always` forces a build,
 *    `E2E_BUILD=never` uses dist/ as it is.
 * 2. Serves dist/ on a free loopback port with the tiny static server in ./server.ts.
 * 3. Hands the origin to every e2e test file: `inject('baseURL')` from 'vitest'.
 * Before all that it chooses the browser once for the whole run (./browser.ts: CHROMIUM_PATH, a system
 * Chromium, or the one in @sparticuz/chromium, unpacked here if need be), logs it and hands it to the
 * test files too (`inject('browser')`, used by launchBrowser()).
 * The build log is kept in tests/e2e/.tmp/build.log.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { resolveBrowser, type ResolvedBrowser } from './browser.ts'
import { serveStatic } from './server.ts'
import { shellEnv } from '../support/shell-env.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server for dist/, with a trailing slash. */
    baseURL: string
    /** The Chromium every e2e test file launches (see ./browser.ts). */
    browser: ResolvedBrowser
  }
}

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const DIST = path.join(ROOT, 'dist')
const TMP = path.join(ROOT, 'tests', 'e2e', '.tmp')

/** Anything whose change means the site must be rebuilt (missing entries are ignored). */
const INPUTS = ['src', 'public', 'content', 'docs', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']

/** Written last by a successful build (the Pagefind integration runs in astro:build:done). */
const BUILD_MARKER = path.join(DIST, 'pagefind', 'pagefind.js')

async function newestMtime(entry: string): Promise<number> {
  let info
  try {
    info = await stat(entry)
  } catch {
    return 0
  }
  let newest = info.mtimeMs
  if (info.isDirectory()) {
    for (const child of await readdir(entry)) {
      newest = Math.max(newest, await newestMtime(path.join(entry, child)))
    }
  }
  return newest
}

/** Why the site needs building, or null when dist/ is up to date. */
async function staleReason(): Promise<string | null> {
  const mode = process.env.E2E_BUILD ?? 'auto'
  if (mode === 'never') return null
  if (mode === 'always') return 'E2E_BUILD=always'
  if (!existsSync(BUILD_MARKER)) return 'no complete build in dist/'
  const built = (await stat(BUILD_MARKER)).mtimeMs
  for (const input of INPUTS) {
    if ((await newestMtime(path.join(ROOT, input))) > built) return `${input} changed since the last build`
  }
  return null
}

async function build(reason: string): Promise<void> {
  await mkdir(TMP, { recursive: true })
  const logFile = path.join(TMP, 'build.log')
  const log = createWriteStream(logFile)
  const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs')
  const started = performance.now()
  console.log(`[e2e] building the site (${reason}) …`)
  const code = await new Promise<number | null>((resolve, reject) => {
    // process.execPath is the Node that runs vitest: Node 22 from the `node` devDependency.
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: ROOT,
      env: shellEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    child.on('error', reject)
    child.on('close', resolve)
  })
  await new Promise((resolve) => log.end(resolve))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (code !== 0 || !existsSync(BUILD_MARKER)) {
    const tail = (await readFile(logFile, 'utf8')).split('\n').slice(-60).join('\n')
    throw new Error(`[e2e] astro build failed (exit ${code}) after ${seconds}s; log: ${logFile}\n${tail}`)
  }
  console.log(`[e2e] built in ${seconds}s (log: ${path.relative(ROOT, logFile)})`)
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // First, so that a wrong CHROMIUM_PATH fails before a build.
  project.provide('browser', await resolveBrowser())
  const reason = await staleReason()
  if (reason) await build(reason)
  else if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('[e2e] E2E_BUILD=never but dist/ has no build')
  const server = await serveStatic(DIST)
  project.provide('baseURL', server.url)
  return () => server.close()
}
