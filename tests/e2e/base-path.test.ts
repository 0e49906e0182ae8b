/**
 * Publishing under a sub-path: the site built with `PORTAL_BASE=/gk/nianbao/` and a real
 * `PORTAL_SITE` (into a temporary directory; dist/ stays the root build the other tests use),
 * checked as a county's site would serve it: no placeholder warning, no broken link under the
 * base, no internal URL that leaves the base (pages, feed, sitemap), and in Chromium a search
 * that leads to a report page, the 404 page's search box and browse links, and the compare page
 * working, all under /gk/nianbao/.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { siteProblems } from '../../scripts/lib/site-problems.ts'
import { PLACEHOLDER_SITE, PLACEHOLDER_WARNING } from '../../src/integrations/site-address.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './browser.ts'
import { ROOT } from './global-setup.ts'
import { serveStatic, type StaticServer } from './server.ts'
import { shellEnv } from '../support/shell-env.ts'

const BASE = '/gk/nianbao/'
const SITE = 'https://www.xxx.gov.cn'

let out: string
let log: string
let server: StaticServer
let browser: Browser

/** Every file below `dir`, relative, with forward slashes. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
}

const text = (file: string): string => readFileSync(join(out, file), 'utf8')

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dist-base-'))
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: shellEnv({ PORTAL_BASE: BASE, PORTAL_SITE: SITE }),
  })
  log = build.stdout + build.stderr
  expect(build.status, log.slice(-3000)).toBe(0)
  server = await serveStatic(out, { prefix: BASE })
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (out) rmSync(out, { recursive: true, force: true })
})

describe('a build for /gk/nianbao/ on a real origin', () => {
  test('does not warn about the placeholder origin, and no file mentions it', () => {
    expect(log).not.toContain(PLACEHOLDER_WARNING)
    const mentioning = filesBelow(out).filter((f) => !f.startsWith('pagefind/') && text(f).includes(PLACEHOLDER_SITE))
    expect(mentioning).toEqual([])
  })

  test('has no broken internal link under the base (npm run check:site with PORTAL_BASE)', () => {
    expect(siteProblems(out, BASE)).toEqual([])
    const check = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-site.ts', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_BASE: BASE },
    })
    expect(check.status, check.stdout + check.stderr).toBe(0)
  })

  test('has no root-absolute URL outside the base in any page (href, src, action)', () => {
    const escaping: string[] = []
    let checked = 0
    for (const page of filesBelow(out).filter((f) => f.endsWith('.html'))) {
      for (const m of text(page).matchAll(/\s(?:href|src|action|srcset|poster|data)="(\/[^"]*)"/g)) {
        checked++
        if (!m[1]!.startsWith('//') && !m[1]!.startsWith(BASE)) escaping.push(`${page}: ${m[1]}`)
      }
    }
    expect(escaping).toEqual([])
    expect(checked).toBeGreaterThan(100)
  })

  test('puts the feed, the sitemap and canonical links on the real origin under the base', () => {
    const xml = filesBelow(out).filter((f) => f.endsWith('.xml'))
    expect(xml.sort()).toEqual(['feed.xml', 'sitemap-0.xml', 'sitemap-index.xml'])
    const urls = xml.flatMap((f) => [...text(f).matchAll(/<(?:link|guid|loc)[^>]*>([^<]+)</g)].map((m) => m[1]!))
    expect(urls.length).toBeGreaterThan(40)
    expect(urls.filter((u) => !u.startsWith(`${SITE}${BASE}`))).toEqual([])
    expect(text('feed.xml')).toContain(`<link>${SITE}${BASE}</link>`)
    expect(text('index.html')).toContain(`<link rel="canonical" href="${SITE}${BASE}">`)
    // The 404 page answers at any address: it names none as canonical.
    expect(text('404.html')).not.toContain('rel="canonical"')
  })

  test('is served under the prefix only: / is not the site', async () => {
    expect((await fetch(new URL(`${BASE}pagefind/pagefind.js`, server.url))).status).toBe(200)
    expect((await fetch(new URL('/pagefind/pagefind.js', server.url))).status).toBe(404)
    const bare = await fetch(new URL(BASE.slice(0, -1), server.url), { redirect: 'manual' })
    expect(bare.status).toBe(301)
    expect(bare.headers.get('location')).toBe(BASE)
  })
})

describe('the site under /gk/nianbao/ in Chromium', () => {
  test('a search finds a report, and its result link opens the report page', async () => {
    const view = await openPage(browser, server.url, `${BASE}search/`)
    try {
      const { page } = view
      await page.locator('#q').fill('政府信息公开')
      await page.locator('#q').press('Enter')
      const first = page.locator('#results > li h3 a').first()
      await first.waitFor({ timeout: 15_000 })
      expect(await page.locator('#search-status').innerText()).toMatch(/找到 \d+ 份报告/)
      const href = await first.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)
      expect(href).toMatch(/^\/gk\/nianbao\/reports\/[^/]+\/$/)
      const [report] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === href), first.click()])
      expect(report.status()).toBe(200)
      await page.waitForURL((url) => url.pathname === href)
      expect(await page.locator('h1').innerText()).toContain('年度报告')
      // The report page's own links stay under the base too.
      const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
      expect(hrefs.length).toBeGreaterThan(0)
      expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([])
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('an unknown address deep under the base gets the 404 page, whose browse links and search box stay under the base', async () => {
    const view = await openPage(browser, server.url, `${BASE}reports/no-such-report/source/`)
    try {
      const { page } = view
      expect(view.response?.status()).toBe(404)
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('页面未找到')
      const browse = page.getByRole('navigation', { name: '浏览报告' }).getByRole('link')
      expect(await browse.allInnerTexts()).toEqual(['按地区浏览', '按年度浏览', '返回首页'])
      const hrefs = await browse.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
      expect(hrefs).toEqual([`${BASE}places/`, `${BASE}years/`, BASE])
      for (const href of hrefs) expect((await fetch(new URL(href, server.url))).status, href).toBe(200)
      await expectNoAxeViolations(page)
      // The search box sends the query to the search page under the base, which finds the report.
      await page.getByRole('searchbox', { name: '检索报告全文' }).fill('徐套乡')
      await Promise.all([page.waitForURL((url) => url.pathname === `${BASE}search/`), page.keyboard.press('Enter')])
      expect(new URL(page.url()).searchParams.get('q')).toBe('徐套乡')
      const result = page
        .getByRole('region', { name: '检索结果' })
        .getByRole('link', { name: /徐套乡/ })
        .first()
      await result.waitFor({ timeout: 15_000 })
      expect(new URL(await result.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/^\/gk\/nianbao\/(reports|places)\//)
      expect(view.blocked).toEqual([])
      // Chromium logs the 404 page's own status as a console error; nothing else may fail.
      expect(view.errors.filter((e) => !/status of 404/.test(e))).toEqual([])
      expect(view.errors.length).toBeLessThanOrEqual(1)
    } finally {
      await view.close()
    }
  })

  test('the compare page fetches its data under the base, updates on a choice, and links into the site under the base', async () => {
    const view = await openPage(browser, server.url, `${BASE}compare/?t=640521205000`)
    try {
      const { page } = view
      await page.locator('#compare-results[data-ready]').waitFor({ state: 'attached' })
      const columns = (): Promise<number> => page.locator('#compare-output thead th').count()
      expect(await columns()).toBe(2)
      // Choose a second township in the picker: one column more, and the choice is in the URL, which stays under the base.
      await page.getByLabel('查找乡镇').fill('吉尔格勒')
      await page.getByRole('checkbox', { name: /吉尔格勒特郭楞蒙古民族乡/ }).check()
      await page.waitForFunction(() => document.querySelectorAll('#compare-output thead th').length === 3)
      expect(new URL(page.url()).pathname).toBe(`${BASE}compare/`)
      expect(new URL(page.url()).searchParams.get('t')).toBe('640521205000,654202205000')
      // The place index and the county files came from under the base.
      const fetched = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.includes('/data/compare/')),
      )
      expect(fetched).toEqual(
        expect.arrayContaining([`${BASE}data/compare/places.json`, `${BASE}data/compare/640521.json`, `${BASE}data/compare/654202.json`]),
      )
      expect(fetched.filter((p) => !p.startsWith(`${BASE}data/compare/`))).toEqual([])
      const link = page.locator('#compare-output td a').first()
      const href = (await link.getAttribute('href'))!
      expect(href).toMatch(/^\/gk\/nianbao\/reports\/[^/]+\/source\/#L\d+$/)
      const [source] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === href.split('#')[0]), link.click()])
      expect(source.status()).toBe(200)
      await page.waitForURL((url) => url.pathname === href.split('#')[0])
      expect(await page.locator('h1').innerText()).toContain('原文')
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })
})
