/**
 * Safe by construction: a site built from a hostile content/ folder (tests/support/hostile-corpus.ts:
 * script, onerror, javascript: links, </script> inside text, bidi and zero-width names, a web page
 * full of off-origin resources) runs none of it and loads nothing from elsewhere, in Chromium, on
 * every page, on search results and on compare views, which render in the browser.
 *
 * The corpus is built for real (`astro build`, Pagefind included) in a scratch copy of the project,
 * as tests/loaders/loader.test.ts does, and served with the documented HTTP header on top of the
 * pages' own meta policy (docs/security.md). Every page is then visited twice: under the policy,
 * where the site's own scripts must cause no violation; and with Chromium told to ignore all
 * policies, where the escaping alone must hold, so the policy is a second wall, not the only one.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../src/utils/content-security-policy.ts'
import { HOSTILE_MARKER, writeHostileCorpus } from '../support/hostile-corpus.ts'
import { launchBrowser } from './browser.ts'
import { ROOT } from './global-setup.ts'
import { auditDom, headMetas, pathOf, visitableFiles, watchPage, type PageWatch } from './page-audit.ts'
import { handle } from './server.ts'
import { scratchProject, type ScratchProject } from '../support/scratch-project.ts'

let project: ScratchProject | undefined
let dist = ''
let server: Server | undefined
let origin = ''
let browser: Browser

/** Serve `root` like tests/e2e/server.ts, adding the documented Content-Security-Policy header. */
async function serveWithPolicyHeader(root: string): Promise<Server> {
  const http = createServer((req, res) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY_HEADER)
    handle(root, req, res).catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  return http
}

beforeAll(async () => {
  project = scratchProject('hostile', { withContent: false })
  writeHostileCorpus(path.join(project.dir, 'content'), ROOT)
  const built = await project.build()
  if (built.status !== 0) throw new Error(`hostile corpus build failed (exit ${built.status}):\n${built.output.slice(-4000)}`)
  dist = path.join(project.dir, 'dist')
  server = await serveWithPolicyHeader(dist)
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server?.closeAllConnections()
  project?.remove()
})

/** Everything that must be empty after a visit, in one object so a failure shows it all. */
interface Findings {
  dialogs: string[]
  offOrigin: string[]
  errors: string[]
  violations: string[]
  dom: string[]
  marker: boolean
}

/** A browser context (policy honoured, or ignored) with one watched page. */
async function openWatched(bypassCSP: boolean): Promise<{ context: BrowserContext; watch: PageWatch; page: Page }> {
  const context = await browser.newContext({ bypassCSP, locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
  // Nothing leaves the loopback server, whatever a payload asks for: the request is seen, then aborted.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient'),
  )
  const page = await context.newPage()
  const watch = await watchPage(page, origin)
  return { context, watch, page }
}

/** Chromium's own viewer of an XML file (feed, sitemap) styles it inline, which the header policy refuses. */
const XML_VIEWER_STYLE = /style-src|inline style/u

/**
 * What the page shows now (after its `load`: images, frames, scripts and stylesheets have been
 * tried by then): the watch's records, its CSP violations, the marker, and for pages of the site
 * the DOM audit. Other files (text, JSON, XML) show in Chromium's own viewers, whose markup and
 * inline styles are the browser's, not the site's.
 */
async function findings(page: Page, watch: PageWatch, sitePage = true): Promise<Findings> {
  const violations = await watch.violations().catch(() => [])
  return {
    dialogs: [...watch.dialogs],
    offOrigin: [...watch.offOrigin],
    errors: sitePage ? [...watch.errors] : watch.errors.filter((e) => !XML_VIEWER_STYLE.test(e)),
    violations: sitePage ? violations : violations.filter((v) => !XML_VIEWER_STYLE.test(v)),
    dom: sitePage ? await auditDom(page) : [],
    marker: await watch.markerSet(HOSTILE_MARKER),
  }
}

const CLEAN: Findings = { dialogs: [], offOrigin: [], errors: [], violations: [], dom: [], marker: false }

/** The fields of a published record these tests read. */
interface HostileRecord {
  id: string
  organ: { name: string | null; code: string | null }
  documentNumber: string | null
  narrative: { sections: { paragraphs: { text: string }[] }[] }
}

/** The published records of the built site (one JSON file per report under data/reports/). */
function builtRecords(): HostileRecord[] {
  const folder = path.join(dist, 'data/reports')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as HostileRecord)
}

/** The township keys of the hostile reports (their 12-digit codes), from the built records. */
function townshipCodes(): string[] {
  return builtRecords()
    .map((r) => r.organ.code)
    .filter((code): code is string => code !== null)
}

describe('a site built from hostile content', { timeout: 240_000 }, () => {
  test('publishes every hostile report, each page carrying the one policy', () => {
    const reports = readdirSync(path.join(dist, 'reports'))
    expect(reports).toHaveLength(5)
    const pages = visitableFiles(dist).filter((f) => f.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(20)
    // Right after the charset, so it covers everything the page loads; an original web page
    // published as .html would fail here (it would have no policy of ours).
    for (const file of pages)
      expect(headMetas(path.join(dist, file)).slice(0, 2), file).toEqual([
        'charset=utf-8',
        `content-security-policy=${CONTENT_SECURITY_POLICY}`,
      ])
  })

  test('publishes a web page original as text, never as a page of the site', () => {
    const originals = readdirSync(path.join(dist, 'reports')).flatMap((id) =>
      readdirSync(path.join(dist, 'reports', id)).filter((name) => name.startsWith('original')),
    )
    expect(originals.sort()).toEqual(['original.html.txt', 'original.md', 'original.txt', 'original.txt', 'original.txt'])
  })

  test('shows the hostile names, numbers and text on the pages, as text', async () => {
    const records = builtRecords()
    // The payloads reached the records (front matter, sidecar, registry, narrative): the test is not vacuous.
    const names = records.map((r) => r.organ.name ?? '')
    expect(names.filter((n) => /<script>|<svg|<img|\u202E|\u200B/u.test(n))).toHaveLength(4)
    expect(records.filter((r) => r.documentNumber?.includes('<')).length).toBeGreaterThanOrEqual(2)
    const { context, watch, page } = await openWatched(false)
    try {
      const missing: string[] = []
      for (const record of records) {
        await page.goto(`${origin}/reports/${record.id}/`, { waitUntil: 'load' })
        const text = await page.locator('main').innerText()
        const narrative = record.narrative.sections.flatMap((s) => s.paragraphs).find((p) => p.text.includes('<script>'))
        for (const wanted of [record.organ.name, record.documentNumber, narrative?.text])
          if (wanted && !text.includes(wanted)) missing.push(`${record.id}: ${wanted}`)
      }
      await page.goto(`${origin}/places/141181999000/`, { waitUntil: 'load' })
      if (!(await page.locator('h1').innerText()).includes('兑镇<img src=x onerror=')) missing.push('places/141181999000: township name')
      expect(missing).toEqual([])
      expect(await findings(page, watch)).toEqual(CLEAN)
    } finally {
      await context.close()
    }
  })

  for (const bypassCSP of [false, true]) {
    test(`runs no payload and loads nothing off-origin on any page ${bypassCSP ? 'even with the policy ignored (escaping alone)' : 'under the policy, which the site itself never breaks'}`, async () => {
      const { context, watch, page } = await openWatched(bypassCSP)
      try {
        const seen: Record<string, Findings> = {}
        for (const file of visitableFiles(dist)) {
          await watch.clear()
          await page.goto(`${origin}${pathOf(file)}`, { waitUntil: 'load' })
          const found = await findings(page, watch, file.endsWith('.html'))
          if (JSON.stringify(found) !== JSON.stringify(CLEAN)) seen[file] = found
        }
        expect(seen).toEqual({})
      } finally {
        await context.close()
      }
    })
  }

  test('renders search results of hostile reports as text', async () => {
    const { context, watch, page } = await openWatched(false)
    try {
      const queries = [
        '徐套乡',
        '金峰乡',
        '哈拉直沟乡',
        'onerror',
        'script',
        'alert',
        'javascript',
        'svg onload',
        '<script>alert(1)</script>',
        `"><img src=x onerror=${HOSTILE_MARKER}=1>`,
      ]
      const seen: Record<string, Findings & { results: number }> = {}
      const shown: Record<string, string> = {}
      let total = 0
      for (const q of queries) {
        await watch.clear()
        await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' })
        await page.waitForFunction(() => document.querySelector('#results')?.getAttribute('aria-busy') === 'false', null, {
          timeout: 15_000,
        })
        const results = await page.locator('#results > li').count()
        total += results
        shown[q] = await page.locator('#results').innerText()
        seen[q] = { ...(await findings(page, watch)), results }
      }
      // The hostile reports are found (the words of their payloads too) and shown as text, and nothing ran.
      expect(seen['徐套乡']?.results).toBeGreaterThan(0)
      expect(seen['金峰乡']?.results).toBeGreaterThan(0)
      expect(seen['onerror']?.results).toBeGreaterThan(0)
      expect(shown['徐套乡']).toContain('"><svg onload=')
      expect(shown['onerror']).toMatch(/<img src=x\s*onerror/u)
      expect(total).toBeGreaterThan(3)
      for (const [q, found] of Object.entries(seen)) expect({ q, ...found, results: 0 }).toEqual({ q, ...CLEAN, results: 0 })
    } finally {
      await context.close()
    }
  })

  test('renders compare views of hostile townships, and hostile compare URLs, as text', async () => {
    const { context, watch, page } = await openWatched(false)
    try {
      const codes = townshipCodes()
      expect(codes).toContain('141181999000')
      const views = [
        '/compare/',
        `/compare/?t=${codes.join(',')}`,
        `/compare/?t=141181999000,640521205000&y=2021&m=3.1.7,2b.4.1`,
        `/compare/?t=${encodeURIComponent(`<script>alert(1)</script>`)}&y=${encodeURIComponent(`"><svg onload=alert(1)>`)}&m=${encodeURIComponent('javascript:alert(1)')}`,
      ]
      const seen: Record<string, Findings & { rows: number }> = {}
      const tables: Record<string, string> = {}
      const listed: Record<string, string> = {}
      for (const view of views) {
        await watch.clear()
        await page.goto(`${origin}${view}`, { waitUntil: 'load' })
        await page.locator('#compare-results[data-ready]').waitFor({ state: 'attached', timeout: 5_000 })
        // List townships in the picker and toggle one metric, so the page's script draws the list and the table again.
        await page.getByLabel('查找乡镇').fill('镇')
        await page.locator('#compare-matches-status').filter({ hasText: '找到' }).waitFor({ timeout: 5_000 })
        listed[view] = await page.locator('#compare-matches').innerText()
        await page.locator('#compare-form input[name="m"]').first().dispatchEvent('click')
        const rows = await page.locator('table.compare-table tbody tr').count()
        tables[view] = rows > 0 ? await page.locator('table.compare-table').innerText() : ''
        seen[view] = { ...(await findings(page, watch)), rows }
      }
      expect(seen[`/compare/?t=${codes.join(',')}`]?.rows).toBeGreaterThan(0)
      expect(tables[`/compare/?t=${codes.join(',')}`]).toContain('兑镇<img src=x onerror=')
      expect(listed['/compare/']).toContain('兑镇<img src=x onerror=')
      for (const [view, found] of Object.entries(seen)) expect({ view, ...found, rows: 0 }).toEqual({ view, ...CLEAN, rows: 0 })
    } finally {
      await context.close()
    }
  })
})
