/**
 * The search page against the built site in Chromium: Chinese queries find the right reports
 * (expected sets computed from content/reports/, not hard-coded), phrase first with the
 * all-words fallback, filters, the URL, accessibility, small screens, no JavaScript; snippets
 * that read well. Ranking is also checked on an index of its own, built by the build's indexer
 * from real records, one of them mentioning another report's township.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { indexSite } from '../../src/integrations/pagefind.ts'
import { collectReports, registryOf, type ReportRecord } from '../../src/lib/index.ts'
import { words } from '../../src/utils/search/segment.ts'
import { reportPath } from '../../src/utils/paths.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'
import { ROOT } from './global-setup.ts'
import { serveStatic } from './server.ts'

const baseURL = inject('baseURL')
let browser: Browser

interface Report {
  record: ReportRecord
  url: string
  township: string | null
  county: string | null
  year: number | null
  text: string
}

/** Every report in content/, with its page URL and its text as the engine decodes it. */
const REPORTS: Report[] = await (async () => {
  const content = path.join(ROOT, 'content')
  const files = await collectReports([path.join(content, 'reports')], { registry: registryOf(content).registry })
  return files.map(({ record: r, text }) => ({
    record: r,
    url: reportPath(r.id),
    township: r.organ.township,
    county: r.organ.county,
    year: r.year,
    text,
  }))
})()

const urlsContaining = (term: string): string[] =>
  REPORTS.filter((r) => r.text.includes(term))
    .map((r) => r.url)
    .sort()

function reportOf(township: string, year: number): Report {
  const report = REPORTS.find((r) => r.township === township && r.year === year)
  if (!report) throw new Error(`no ${township} ${year} report in content/reports`)
  return report
}

interface Shown {
  status: string
  urls: string[]
  search: string
}

/** Waits for the search to settle and reads the status line, the result URLs and the page's query string. */
async function shown(page: Page, statusPattern: RegExp = /找到/u): Promise<Shown> {
  await page.waitForFunction(
    (source) => {
      const status = document.querySelector('#search-status')?.textContent ?? ''
      return new RegExp(source, 'u').test(status) && document.querySelector('#results')?.getAttribute('aria-busy') === 'false'
    },
    statusPattern.source,
    { timeout: 15_000 },
  )
  const hrefs = await page
    .locator('#results > li h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  return {
    status: (await page.locator('#search-status').innerText()).replace(/\s+/gu, ' '),
    urls: hrefs.sort(),
    search: new URL(page.url()).search,
  }
}

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('Chinese segmentation', () => {
  test("Chromium's Intl.Segmenter cuts the queries as Node's does (the index is pre-split in Node)", async () => {
    const queries = [
      '徐套乡',
      '凤山乡人民政府',
      '行政处罚',
      '政府集中采购',
      '乌苏市',
      '东乡族自治县凤山乡人民政府',
      '吉尔格勒特郭楞蒙古民族乡',
    ]
    const view = await openPage(browser, baseURL, '/search/')
    try {
      const inBrowser = await view.page.evaluate(
        (qs) =>
          qs.map((q) =>
            [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(q)].filter((s) => s.isWordLike).map((s) => s.segment),
          ),
        queries,
      )
      expect(inBrowser).toEqual(queries.map((q) => words(q)))
    } finally {
      await view.close()
    }
  })
})

describe('search page', () => {
  test('the sample content has what these tests need', () => {
    expect(REPORTS.length).toBeGreaterThanOrEqual(5)
    expect(urlsContaining('行政处罚').length).toBeGreaterThan(1)
    expect(urlsContaining('政府集中采购').length).toBeGreaterThan(1)
    expect(REPORTS.some((r) => r.year === 2021 && r.text.includes('行政处罚'))).toBe(true)
    expect(REPORTS.some((r) => r.year !== 2021 && r.text.includes('行政处罚'))).toBe(true)
  })

  test.each([
    // The organ is 东乡族自治县凤山乡人民政府: jieba alone indexes 凤山|乡人|民政|府, which this query never finds.
    ['凤山乡人民政府', () => [reportOf('凤山乡', 2020).url]],
    ['行政处罚', () => urlsContaining('行政处罚')],
    ['政府集中采购', () => urlsContaining('政府集中采购')],
    ['乌苏市', () => [reportOf('吉尔格勒特郭楞蒙古民族乡', 2020).url]],
  ])('?q=%s runs on load and finds the right reports as a phrase', async (query, expected) => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent(query)}`)
    try {
      const result = await shown(view.page)
      expect(result.urls).toEqual([...expected()].sort())
      expect(result.status).toContain(`找到 ${result.urls.length} 份报告`)
      expect(result.status).toContain(`以下为包含完整短语“${query}”的结果`)
      expect(await view.page.inputValue('#q')).toBe(query)
      // Every result highlights what was found; no U+200B reaches the page.
      const marks = await view.page.locator('#results > li > .excerpt mark').allInnerTexts()
      expect(marks.join('')).toContain(query.slice(0, 2))
      expect(await view.page.locator('#results').innerText()).not.toContain('\u200B')
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('falls back to all words when the phrase is nowhere, and says so', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('凤山乡 行政处罚')}`)
    try {
      const result = await shown(view.page)
      const expected = REPORTS.filter((r) => ['凤山', '乡', '行政', '处罚'].every((w) => r.text.includes(w))).map((r) => r.url)
      expect(result.urls).toContain(reportOf('凤山乡', 2020).url)
      expect(result.urls.every((u) => expected.includes(u))).toBe(true)
      expect(result.status).toContain('未找到完整短语，以下为包含全部词语的结果')
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('a quoted query is searched as a phrase only', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('“凤山乡 行政处罚”')}`)
    try {
      const result = await shown(view.page, /未找到/u)
      expect(result.urls).toEqual([])
      expect(result.status).toContain('未找到相关报告')
    } finally {
      await view.close()
    }
  })

  test('typing searches and puts the query in the URL', async () => {
    const view = await openPage(browser, baseURL, '/search/')
    try {
      await view.page.fill('#q', '政府集中采购')
      const result = await shown(view.page)
      expect(result.urls).toEqual(urlsContaining('政府集中采购'))
      expect(new URLSearchParams(result.search).get('q')).toBe('政府集中采购')
      expect(await view.page.title()).toContain('政府集中采购')
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('the year filter (2021) narrows the results to 2021 reports, with counts', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('行政处罚')}`)
    try {
      const before = await shown(view.page)
      expect(before.urls).toEqual(urlsContaining('行政处罚'))
      const expected = REPORTS.filter((r) => r.year === 2021 && r.text.includes('行政处罚'))
        .map((r) => r.url)
        .sort()
      const box = view.page.getByRole('group', { name: '年度' }).getByRole('checkbox', { name: /^2021年/u })
      expect(await box.locator('xpath=following-sibling::label').innerText()).toContain(`（${expected.length}）`)
      await box.check()
      const after = await shown(view.page, /所选范围内找到/u)
      expect(after.urls).toEqual(expected)
      expect(after.urls.length).toBeLessThan(before.urls.length)
      expect(new URLSearchParams(after.search).getAll('year')).toEqual(['2021'])
      const years = await view.page.locator('#results .result-meta').allInnerTexts()
      expect(years.every((y) => y.includes('2021年'))).toBe(true)
      // The filter state survives a reload from the URL.
      await view.page.reload()
      const reloaded = await shown(view.page, /所选范围内找到/u)
      expect(reloaded.urls).toEqual(expected)
      expect(
        await view.page
          .getByRole('group', { name: '年度' })
          .getByRole('checkbox', { name: /^2021年/u })
          .isChecked(),
      ).toBe(true)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('section links jump to a heading of the report', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('行政处罚')}`)
    try {
      await shown(view.page)
      const href = await view.page.locator('#results .sections a').first().getAttribute('href')
      expect(href).toMatch(/^\/reports\/[^/]+\/#.+/u)
      const [pathname, id] = href!.split('#') as [string, string]
      const target = await openPage(browser, baseURL, pathname)
      try {
        expect(await target.page.locator(`[id="${id}"]`).count()).toBe(1)
      } finally {
        await target.close()
      }
    } finally {
      await view.close()
    }
  })

  test('has no axe-core violations with results and filters shown', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('行政处罚')}`)
    try {
      await shown(view.page)
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })

  test('does not scroll horizontally at 360px with results shown', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('行政处罚')}`, { width: 360, height: 740 })
    try {
      await shown(view.page)
      await view.page.locator('#filter-summary').click()
      expect(await view.page.locator('#filter-groups input').count()).toBeGreaterThan(0)
      expect(await hasHorizontalScroll(view.page)).toBe(false)
    } finally {
      await view.close()
    }
  })

  test('opening the filters loads Pagefind and shows every filter value with its count; focusing the box does not', async () => {
    const view = await openPage(browser, baseURL, '/search/')
    const pagefind: string[] = []
    view.page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url())
    })
    try {
      await view.page.focus('#q')
      await view.page.waitForTimeout(500)
      expect(pagefind).toEqual([])
      await view.page.locator('#filter-summary').click()
      await view.page.locator('#filter-groups input').first().waitFor({ state: 'attached', timeout: 15_000 })
      const years = [...new Set(REPORTS.map((r) => r.year))].sort().reverse()
      const labels = await view.page.getByRole('group', { name: '年度' }).locator('label').allInnerTexts()
      expect(labels).toEqual(years.map((y) => `${y}年（${REPORTS.filter((r) => r.year === y).length}）`))
      expect(pagefind.length).toBeGreaterThan(0)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('the published report pages carry no U+200B (only the indexed copies are pre-split)', async () => {
    for (const report of REPORTS) {
      const response = await fetch(new URL(report.url, baseURL))
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toContain('data-pagefind-body')
      expect(html).not.toContain('\u200B')
    }
  })

  test('a township name is answered from the place-name index, without loading the full-text index', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('徐套乡')}`)
    const fetched: string[] = []
    view.page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    try {
      await view.page.reload()
      const result = await shown(view.page)
      const own = reportOf('徐套乡', 2021)
      expect(result.urls).toEqual([own.url])
      expect(result.status).toContain('找到 1 份报告')
      expect(result.status).toContain('「徐套乡」是乡镇名称')
      expect(await view.page.locator('#results .result-meta').first().innerText()).toBe('宁夏回族自治区 中卫市 中宁县 徐套乡 · 2021年')
      expect(await view.page.getByRole('link', { name: '徐套乡', exact: true }).getAttribute('href')).toBe(
        `/places/${own.record.organ.code}/`,
      )
      expect(fetched.some((p) => p.startsWith('/search/names/'))).toBe(true)
      expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([])
      expect(await view.page.locator('#filters-panel').isVisible()).toBe(false)

      // The full text on request: the township's report first, and the URL says so.
      await view.page.getByRole('button', { name: '在报告全文中检索「徐套乡」' }).click()
      const full = await shown(view.page, /以下为包含完整短语/u)
      expect(full.urls).toContain(own.url)
      expect(await view.page.locator('#results > li h3 a').first().getAttribute('href')).toBe(own.url)
      expect(new URLSearchParams(full.search).get('full')).toBe('1')
      expect(fetched.some((p) => p.startsWith('/pagefind/'))).toBe(true)
      expect(await view.page.locator('#filters-panel').isVisible()).toBe(true)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test.each([
    ['风山乡', '凤山乡', 2020],
    ['东乡县凤山乡', '凤山乡', 2020],
    ['中宁县徐套乡', '徐套乡', 2021],
  ])('%s (another spelling, or county and township together) lists %s', async (query, township, year) => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent(query)}`)
    try {
      const result = await shown(view.page)
      expect(result.urls).toEqual([reportOf(township, year).url])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test.each([
    ['徐套镇', '徐套乡'],
    ['徐桃乡', '徐套乡'],
    ['xutao', '徐套乡'],
    ['fengshan', '凤山乡'],
  ])('a near miss (%s) suggests %s with a link to its page', async (query, township) => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent(query)}`)
    try {
      await shown(view.page, /找到|未找到/u)
      const suggestion = view.page.locator('#place-matches .suggestion')
      await suggestion.waitFor()
      expect(await suggestion.innerText()).toContain(`您是不是要找：${township}`)
      const href = await suggestion.getByRole('link', { name: township }).getAttribute('href')
      expect(href).toBe(`/places/${REPORTS.find((r) => r.township === township)!.record.organ.code}/`)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('a search that finds nothing offers browsing by place and year', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('“不存在的短语乙丙丁”')}`)
    try {
      await shown(view.page, /未找到/u)
      const hint = view.page.locator('#browse-hint')
      expect(await hint.isVisible()).toBe(true)
      expect(await hint.getByRole('link', { name: '按地区浏览' }).getAttribute('href')).toBe('/places/')
    } finally {
      await view.close()
    }
  })

  test('a submitted search moves focus to the results: the next Tab reaches the first result', async () => {
    const view = await openPage(browser, baseURL, '/search/')
    try {
      await view.page.focus('#q')
      await view.page.keyboard.insertText('行政处罚')
      await view.page.keyboard.press('Enter')
      await shown(view.page)
      await view.page.waitForFunction(() => document.activeElement?.id === 'results-heading')
      await view.page.keyboard.press('Tab')
      const focused = await view.page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '')
      const first = await view.page
        .locator('#results > li h3 a')
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href)
      expect(focused).toBe(first)
    } finally {
      await view.close()
    }
  })

  test('a snippet from a table names the table, the row and the column, and is not shown twice', async () => {
    const view = await openPage(browser, baseURL, `/search/?q=${encodeURIComponent('行政处罚')}`)
    try {
      await shown(view.page)
      const xutao = view.page.locator('#results > li', { has: view.page.locator(`h3 a[href="${reportOf('徐套乡', 2021).url}"]`) })
      const excerpts = (await xutao.locator('.excerpt').allInnerTexts()).map((t) => t.replace(/\s+/gu, ' '))
      expect(excerpts.join('\n')).toContain('表二 行政处罚 本年处理决定数量 51')
      expect(new Set(excerpts).size).toBe(excerpts.length)
      const table = xutao.locator('.sections a', { hasText: '表二 主动公开政府信息情况' })
      expect(await table.getAttribute('href')).toBe(`${reportOf('徐套乡', 2021).url}#table-2`)
    } finally {
      await view.close()
    }
  })

  test('says what to do without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' })
    try {
      const page = await context.newPage()
      await page.goto(new URL('/search/?q=x', baseURL).href)
      expect(await page.locator('main').innerText()).toContain('检索需要浏览器启用 JavaScript')
      expect(await page.locator('#search-app').isVisible()).toBe(false)
    } finally {
      await context.close()
    }
  })
})

describe('ranking', () => {
  let site: string
  let server: Awaited<ReturnType<typeof serveStatic>>

  /**
   * An index of two real records: 徐套乡 2021, and 兑镇镇 2021 with paragraphs that name 徐套乡 as
   * often as 徐套乡's own text does.
   */
  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'search-ranking-'))
    const own = reportOf('徐套乡', 2021).record
    const other = structuredClone(reportOf('兑镇镇', 2021).record)
    const ownText = [...own.narrative.intro, ...own.narrative.sections.flatMap((s) => s.paragraphs)].map((p) => p.text).join('')
    const mentions = ownText.split('徐套乡').length - 1
    expect(mentions).toBeGreaterThan(3)
    for (let n = 0; n < mentions; n += 3)
      other.narrative.intro.push({ text: '本镇与徐套乡结对交流：学习徐套乡的目录清单，并邀请徐套乡派员指导政务公开工作。', line: 1 })
    await mkdir(path.join(site, 'data', 'reports'), { recursive: true })
    await writeFile(
      path.join(site, 'index.html'),
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>检索</title></head><body></body></html>',
    )
    for (const r of [own, other]) {
      await writeFile(path.join(site, 'data', 'reports', `${r.id}.json`), JSON.stringify(r))
      await mkdir(path.join(site, 'reports', r.id), { recursive: true })
      await writeFile(path.join(site, 'reports', r.id, 'index.html'), '<!doctype html><title>报告</title>')
    }
    await indexSite({ site })
    server = await serveStatic(site)
  }, 60_000)

  afterAll(async () => {
    await server?.close()
    if (site) await rm(site, { recursive: true, force: true })
  })

  test('a report ranks first for its own township, before a report that mentions it as often', async () => {
    const view = await openPage(browser, server.url, '/')
    try {
      const urls = await view.page.evaluate<string[]>(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js')
        await pagefind.init()
        const search = await pagefind.search('徐套乡')
        return Promise.all(search.results.map(async (r) => (await r.data()).url))
      })()`)
      const own = reportOf('徐套乡', 2021).record.id
      const other = reportOf('兑镇镇', 2021).record.id
      expect(urls).toEqual([`/reports/${own}/`, `/reports/${other}/`])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })
})
