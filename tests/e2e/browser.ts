/**
 * Browser helpers for e2e tests: a Chromium driven by playwright-core, axe-core checks.
 *
 * Typical test file:
 *   const baseURL = inject('baseURL')
 *   let browser: Browser
 *   beforeAll(async () => { browser = await launchBrowser() })
 *   afterAll(async () => { await browser?.close() })
 *   test('…', async () => {
 *     const view = await openPage(browser, baseURL, '/')
 *     try { … expect(view.blocked).toEqual([]) } finally { await view.close() }
 *   })
 *
 * Which Chromium (`discoverBrowser()`, first match wins):
 *   1. `CHROMIUM_PATH`, when set (an error if it is not an executable file);
 *   2. a system Chromium/Chrome: SYSTEM_BROWSER_PATHS, then the same names on PATH
 *      (skipped with `E2E_SYSTEM_BROWSER=0`, to test what a fresh machine does);
 *   3. the Chromium inside the npm package `@sparticuz/chromium` (a devDependency): unpacked
 *      once per package version into node_modules/.cache/, with the NSS/NSPR/expat libraries
 *      and the font it ships, so it needs nothing from apt and no root.
 * `resolveBrowser()` makes that choice once per process and logs it; the e2e global setup
 * calls it and hands the result to every test file (`inject('browser')`).
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { AxeResults, Result as AxeViolation, RunOptions } from 'axe-core'
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core'
import { expect, inject } from 'vitest'

const require = createRequire(import.meta.url)

/** Flags for every Chromium we launch (Playwright adds its own defaults, `--headless` among them). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Where a system Chromium or Chrome is looked for, in order; then the same names on PATH. */
export const SYSTEM_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'PATH' | 'packaged'

export interface BrowserCandidate {
  source: 'system' | 'PATH'
  path: string
}

/** What discovery decided: an executable to launch, or the Chromium packaged in `@sparticuz/chromium`. */
export type Discovery = { source: 'CHROMIUM_PATH'; path: string } | BrowserCandidate | { source: 'packaged' }

/** The environment variables discovery reads. */
export interface DiscoveryEnv {
  CHROMIUM_PATH?: string
  /** `0` hides system browsers (CHROMIUM_PATH still counts). */
  E2E_SYSTEM_BROWSER?: string
  PATH?: string
}

/**
 * System browsers in the order they are tried: SYSTEM_BROWSER_PATHS, then each of their names
 * in each absolute PATH directory (name by name; a path already listed is not repeated).
 */
export function systemBrowserCandidates(PATH: string | undefined): BrowserCandidate[] {
  const candidates: BrowserCandidate[] = SYSTEM_BROWSER_PATHS.map((file) => ({ source: 'system', path: file }))
  const seen = new Set(SYSTEM_BROWSER_PATHS)
  const dirs = (PATH ?? '').split(path.delimiter).filter((dir) => path.isAbsolute(dir))
  for (const name of SYSTEM_BROWSER_PATHS.map((file) => path.basename(file))) {
    for (const dir of dirs) {
      const file = path.join(dir, name)
      if (seen.has(file)) continue
      seen.add(file)
      candidates.push({ source: 'PATH', path: file })
    }
  }
  return candidates
}

/**
 * Pick the browser, touching nothing but `exists` (asked about candidates in order, stops at the first yes):
 * CHROMIUM_PATH (an error if `exists` says no), else a system browser unless `E2E_SYSTEM_BROWSER=0`,
 * else the packaged Chromium.
 */
export function discoverBrowser(env: DiscoveryEnv, exists: (file: string) => boolean): Discovery {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file (unset it to find a browser automatically)`)
    }
    return { source: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH }
  }
  if (env.E2E_SYSTEM_BROWSER !== '0') {
    const found = systemBrowserCandidates(env.PATH).find((candidate) => exists(candidate.path))
    if (found) return found
  }
  return { source: 'packaged' }
}

/** The `exists` predicate used for real: a regular file (symlinks followed) we may execute. */
export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Flags in `@sparticuz/chromium`'s `args` (tuned for AWS Lambda) that we leave out:
 * - `--single-process`: closing one browser context would then close the whole browser, and
 *   every openPage() gets its own context;
 * - `--disable-features` / `--enable-features`: Chromium keeps only the last of each, so these would
 *   replace Playwright's own lists (and they only matter with `--single-process`);
 * - `--headless`: Playwright passes it itself (the packaged binary is headless-only anyway);
 * - `--disable-web-security`, `--allow-running-insecure-content`, `--disable-site-isolation-trials`:
 *   the site is tested under the same security rules as in a visitor's browser.
 */
export const PACKAGED_ARGS_LEFT_OUT = [
  '--single-process',
  '--disable-features',
  '--enable-features',
  '--headless',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
]

/** `@sparticuz/chromium`'s args without PACKAGED_ARGS_LEFT_OUT, then ours (each flag once). */
export function packagedChromiumArgs(packageArgs: readonly string[]): string[] {
  const kept = packageArgs.filter((arg) => !PACKAGED_ARGS_LEFT_OUT.includes(arg.split('=')[0]!))
  return [...new Set([...kept, ...CHROMIUM_ARGS])]
}

/** A browser ready to launch. Plain data: the e2e global setup hands it to every test file. */
export interface ResolvedBrowser {
  executablePath: string
  source: BrowserSource
  /** How it was found, for the log. */
  how: string
  args: string[]
  /** Set for the browser process on top of process.env. */
  env: Record<string, string>
}

/** Run `fn` with `vars` set in process.env, restoring them afterwards (for the synchronous part of `fn` only). */
function withEnv<T>(vars: Record<string, string>, fn: () => T): T {
  const saved = Object.keys(vars).map((name) => [name, process.env[name]] as const)
  Object.assign(process.env, vars)
  try {
    return fn()
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

const xml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')

/**
 * The Chromium inside `@sparticuz/chromium`, unpacked into node_modules/.cache/sparticuz-chromium/<version>/
 * (once per package version; `npm ci` starts afresh). Alongside the binary: SwiftShader, the
 * NSS/NSPR/expat libraries it links against (al2023/lib, put on LD_LIBRARY_PATH, so apt's libnss3 is not
 * needed), and a fontconfig file that adds the shipped Open Sans to the system's fonts, if any.
 */
export async function packagedBrowser(): Promise<ResolvedBrowser> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No system Chromium/Chrome found, and the one in @sparticuz/chromium is for Linux x64 only (this is ${process.platform}-${process.arch}): install Chromium or Chrome, or set CHROMIUM_PATH`,
    )
  }
  const { default: sparticuz } = await import('@sparticuz/chromium')
  // The package's "exports" hide package.json; its entry point is <package>/build/cjs/index.cjs.
  const packageDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..', '..')
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }
  const dir = path.resolve(packageDir, '..', '..', '.cache', 'sparticuz-chromium', version)
  const ready = (how: string): ResolvedBrowser => ({
    executablePath: path.join(dir, 'chromium'),
    source: 'packaged',
    how: `@sparticuz/chromium ${version}, ${how}`,
    args: packagedChromiumArgs(sparticuz.args),
    env: {
      LD_LIBRARY_PATH: [path.join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter),
      FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
    },
  })
  // The directory appears complete or not at all (renamed into place below).
  if (existsSync(dir)) return ready(`unpacked earlier into ${path.relative(process.cwd(), dir) || dir}`)

  const started = performance.now()
  await mkdir(path.dirname(dir), { recursive: true })
  const staging = await mkdtemp(`${dir}.partial-`)
  try {
    // executablePath() unpacks into os.tmpdir() (chromium, SwiftShader, fonts/) and unpacks the bundled
    // libraries (al2023/) only where it detects Amazon Linux 2023. It reads both from process.env
    // synchronously, before its first await: point TMPDIR at the staging directory and ask for the
    // libraries too, for this one call.
    const unpacked = await withEnv({ TMPDIR: staging, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x' }, () => sparticuz.executablePath())
    if (unpacked !== path.join(staging, 'chromium')) {
      throw new Error(`@sparticuz/chromium ${version} unpacked to ${unpacked}, not into ${staging}`)
    }
    for (const file of ['chromium', 'libGLESv2.so', 'al2023/lib/libnss3.so', 'fonts/fonts']) {
      if (!existsSync(path.join(staging, file))) throw new Error(`@sparticuz/chromium ${version} did not unpack ${file}`)
    }
    await writeFile(
      path.join(staging, 'fonts.conf'),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        '<!-- Written by tests/e2e/browser.ts: the system fonts (if any) and the Open Sans shipped in @sparticuz/chromium. -->',
        '<fontconfig>',
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        `  <dir>${xml(path.join(dir, 'fonts', 'fonts'))}</dir>`,
        `  <cachedir>${xml(path.join(dir, 'fontconfig-cache'))}</cachedir>`,
        '</fontconfig>',
        '',
      ].join('\n'),
    )
    try {
      await rename(staging, dir)
    } catch (error) {
      if (!existsSync(dir)) throw error // else another process got there first: use theirs
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  return ready(`unpacked in ${seconds}s into ${path.relative(process.cwd(), dir) || dir}`)
}

let resolved: Promise<ResolvedBrowser> | undefined

/** Discover (and if need be unpack) the browser from process.env; once per process, logged once. */
export function resolveBrowser(): Promise<ResolvedBrowser> {
  resolved ??= (async () => {
    const found = discoverBrowser(process.env, isExecutableFile)
    let browser: ResolvedBrowser
    if (found.source === 'packaged') {
      browser = await packagedBrowser()
      const why = process.env.E2E_SYSTEM_BROWSER === '0' ? 'system browsers hidden by E2E_SYSTEM_BROWSER=0' : 'no system Chromium/Chrome'
      browser.how = `${why}; ${browser.how}`
    } else {
      const how = {
        CHROMIUM_PATH: 'from CHROMIUM_PATH',
        system: 'system browser',
        PATH: `${path.basename(found.path)} found on PATH`,
      }[found.source]
      browser = { executablePath: found.path, source: found.source, how, args: [...CHROMIUM_ARGS], env: {} }
    }
    console.log(`[e2e] browser: ${browser.executablePath} (${browser.how})`)
    return browser
  })()
  return resolved
}

/** The browser the e2e global setup chose, when running in one of its test files. */
function providedBrowser(): ResolvedBrowser | undefined {
  try {
    return inject('browser')
  } catch {
    return undefined // not in a vitest worker (e.g. scripts/bench-pages.ts)
  }
}

/** Launch `browser`, by default the one the e2e global setup chose (or resolveBrowser()'s). */
export async function launchBrowser(browser?: ResolvedBrowser): Promise<Browser> {
  const chosen = browser ?? providedBrowser() ?? (await resolveBrowser())
  return chromium.launch({
    executablePath: chosen.executablePath,
    args: chosen.args,
    env: { ...process.env, ...chosen.env },
  })
}

export interface OpenedPage {
  page: Page
  context: BrowserContext
  /** The navigation response (null only for same-document navigations). */
  response: Response | null
  /** Requests to any origin other than the site's: aborted and listed here. Expect []. */
  blocked: string[]
  /** console.error messages and uncaught page errors. Expect []. */
  errors: string[]
  close(): Promise<void>
}

/**
 * Open `pathname` of the site in a fresh context (default viewport 1280×800, locale zh-CN).
 * Requests leaving the site's origin are aborted and recorded, so a page never reaches the network.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  pathname: string,
  options: { width?: number; height?: number } = {},
): Promise<OpenedPage> {
  const origin = new URL(baseURL).origin
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'zh-CN',
  })
  const blocked: string[] = []
  const errors: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      await route.continue()
    } else {
      blocked.push(url)
      await route.abort('blockedbyclient')
    }
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  const response = await page.goto(new URL(pathname, baseURL).href, { waitUntil: 'load' })
  return { page, context, response, blocked, errors, close: () => context.close() }
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/**
 * Inject axe-core into `page` and run it (all rules but experimental ones, unless `options` says otherwise).
 * Evaluated through the DevTools protocol, not added as a <script>: the site's Content-Security-Policy
 * refuses inline scripts (docs/security.md), as it should.
 */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeResults> {
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'))
  return page.evaluate(async (runOptions) => {
    const { axe } = globalThis as unknown as { axe: typeof import('axe-core') }
    return axe.run(document, runOptions)
  }, options)
}

/** One readable line per violation and node, for assertion messages. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} — ${n.target.join(' ')}\n    ${n.failureSummary ?? ''}`))
    .join('\n')
}

/** Assert that axe-core finds no violations on `page`, listing them when it does. */
export async function expectNoAxeViolations(page: Page, options: RunOptions = {}): Promise<void> {
  const results = await runAxe(page, options)
  expect(results.violations, formatViolations(results.violations)).toEqual([])
}

/** True when the document is wider than the viewport (a horizontal scrollbar). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)
}
