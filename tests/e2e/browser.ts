/**
 * Browser helpers for e2e tests: Debian's Chromium driven by playwright-core, axe-core checks.
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
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, Result as AxeViolation, RunOptions } from 'axe-core'
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core'
import { expect } from 'vitest'

/** Debian's `chromium` package; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`)
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
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

/** Inject axe-core into `page` and run it (all rules but experimental ones, unless `options` says otherwise). */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeResults> {
  await page.addScriptTag({ path: AXE_SOURCE })
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
