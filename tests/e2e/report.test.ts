/**
 * Report pages, source pages and per-report downloads of the built site: official table
 * layouts, number → source line links, blanks shown as "—", search markup, accessibility,
 * small screens and print. Runs against dist/ served by ./global-setup.ts.
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser } from 'playwright-core'
import type { ReportRecord } from '../../src/lib/types.ts'
import { unwrapExcelText } from '../../src/utils/data/excel-text.ts'
import { csvObjects, parseCsv } from '../utils/data/parse-csv.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
const TMP = new URL('./.tmp/', import.meta.url)

/** The five sample reports (content/reports). */
const XUTAO = '640521205000-2021'
const DUIZHEN = '141181100000-2021'
const SEEDS = [XUTAO, DUIZHEN, '630223204000-2021', '622926214000-2020', '654202205000-2020']

/** Value cells each table has in the official layout of its format. */
const expectedCells = {
  proactive: { '2019': 22, '2021': 10 },
  requests: { '2019': 23 * 7, '2021': 25 * 7 },
  appeals: 15,
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(TMP, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

/** The record behind a report page, from its JSON download. */
async function recordOf(id: string): Promise<ReportRecord> {
  const response = await fetch(new URL(`/data/reports/${id}.json`, baseURL))
  expect(response.status).toBe(200)
  return (await response.json()) as ReportRecord
}

describe('report pages', () => {
  test.each(SEEDS)('%s renders its title and its three tables (or says a table is missing)', async (id) => {
    const record = await recordOf(id)
    const view = await openPage(browser, baseURL, `/reports/${id}/`)
    try {
      const { page } = view
      expect(view.response?.status()).toBe(200)
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
      // One script, a file of the site's own loaded as a module (the tables' arrow keys): nothing inline.
      const scripts = await page
        .locator('script')
        .evaluateAll((els) => els.map((el) => [el.getAttribute('type'), el.getAttribute('src'), el.textContent]))
      expect(scripts).toEqual([['module', expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/), '']])
      const h1 = page.locator('article[data-pagefind-body] h1[data-pagefind-meta="title"]')
      expect(await h1.innerText()).toContain('政府信息公开工作年度报告')
      const tables = [
        ['table-2', '表二', record.tables.proactive ? expectedCells.proactive[record.tables.proactive.format] : null],
        ['table-3', '表三', record.tables.requests ? expectedCells.requests[record.tables.requests.format] : null],
        ['table-4', '表四', record.tables.appeals ? expectedCells.appeals : null],
      ] as const
      for (const [anchor, name, cells] of tables) {
        const table = page.locator(`.report-table:has(#${anchor}) table`)
        if (cells === null) {
          expect(await table.count()).toBe(0)
          expect(await page.locator(`#${anchor}`).locator('xpath=..').innerText()).toContain(`未找到${name}`)
        } else {
          expect(await table.count()).toBe(1)
          expect(await table.locator('tbody td').count()).toBe(cells)
        }
      }
    } finally {
      await view.close()
    }
  })

  test('兑镇镇 2021 says plainly that it has no table 二', async () => {
    const view = await openPage(browser, baseURL, `/reports/${DUIZHEN}/`)
    try {
      expect(await view.page.locator('#tables').locator('xpath=..').innerText()).toContain('未找到表二')
    } finally {
      await view.close()
    }
  })

  test('a 2019 table keeps its 2019 labels and blocks', async () => {
    const view = await openPage(browser, baseURL, '/reports/622926214000-2020/')
    try {
      const table = view.page.getByRole('table', { name: '表二 主动公开政府信息情况' })
      const text = await table.innerText()
      for (const label of ['第二十条第（九）项', '本年新制作数量', '其他对外管理服务事项', '政府集中采购']) expect(text).toContain(label)
      expect(text).not.toContain('本年制发件数')
      expect(await view.page.locator('.report-table:has(#table-2) .format').innerText()).toBe('2019年格式')
    } finally {
      await view.close()
    }
  })

  test('table 三 has the two-level applicant header and grouped result rows', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const table = view.page.getByRole('table', { name: '表三 收到和处理政府信息公开申请情况' })
      expect(await table.locator('thead th[colspan="5"]').innerText()).toBe('法人或其他组织')
      expect(await table.locator('tbody th[rowspan="22"]').innerText()).toBe('三、本年度办理结果')
      expect(await table.locator('tbody th[rowspan="8"]').innerText()).toBe('（三）不予公开')
      expect(await table.locator('tbody th[rowspan="3"]').allInnerTexts()).toEqual(['（四）无法提供', '（六）其他处理'])
    } finally {
      await view.close()
    }
  })

  test('徐套乡 2021 shows 行政处罚 51, linked to source line 51, which shows that line', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const { page } = view
      // The row and column come from the table's headers; the link names the value and its line.
      const row = page.getByRole('table', { name: '表二 主动公开政府信息情况' }).getByRole('row', { name: /^行政处罚/ })
      const link = row.getByRole('link', { name: '51，原文第 51 行' })
      expect(await link.innerText()).toBe('51')
      expect(await link.getAttribute('href')).toBe('source/#L51')
      await link.click()
      await page.waitForURL((url) => url.pathname === `/reports/${XUTAO}/source/` && url.hash === '#L51')
      const line = page.locator('#L51')
      expect(await line.innerText()).toContain('行政处罚')
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('L51')
      const background = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor)
      expect(await background('#L51')).not.toBe(await background('#L50'))
      expect(await line.isVisible()).toBe(true)
    } finally {
      await view.close()
    }
  })

  test('a money cell shows its unit', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const link = view.page.getByRole('link', { name: /^3\.2 万元，原文第 \d+ 行$/ })
      expect(await link.innerText()).toBe('3.2 万元')
    } finally {
      await view.close()
    }
  })

  test('a blank cell shows "—" with 未填报, never 0', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const link = view.page.getByRole('link', { name: '未填报，原文第 87 行' })
      expect(await link.count()).toBe(1)
      expect(await link.textContent()).toBe('—未填报')
      expect(await link.locator('.visually-hidden').textContent()).toBe('未填报')
      expect(await link.getAttribute('href')).toBe('source/#L87')
      // In the row 四、结转下年度继续办理, column 法律服务机构 (the fifth of seven value columns).
      const cell = link.locator('xpath=ancestor::td')
      expect(await cell.locator('xpath=preceding-sibling::th').innerText()).toBe('四、结转下年度继续办理')
      expect(await cell.locator('xpath=preceding-sibling::td').count()).toBe(4)
    } finally {
      await view.close()
    }
  })

  test('narrative sections have anchored headings and paragraphs linked to their lines', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const { page } = view
      for (const n of [1, 2, 3, 4, 5, 6]) expect(await page.locator(`h3#section-${n}`).count()).toBe(1)
      expect(await page.locator('nav[aria-labelledby="contents"] a[href="#section-5"]').innerText()).toBe('五、存在的主要问题及改进情况')
      const paragraph = page.locator('#section-6 ~ p').first()
      expect(await paragraph.innerText()).toContain('无。')
      // Relative to the report page, as every source link of that page is.
      expect(await paragraph.locator('a').getAttribute('href')).toBe('source/#L106')
      // Table rows never reach the text: line 51 is inside table 二.
      expect(await page.locator(`section:has(> #section-2) a[href$="#L51"]`).count()).toBe(0)
    } finally {
      await view.close()
    }
  })

  test('carries the search contract: body, title meta, filters and ignored areas', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const { page } = view
      expect(await page.locator('[data-pagefind-body]').count()).toBe(1)
      const filters = await page
        .locator('article [data-pagefind-filter]')
        .evaluateAll((els) =>
          els.map((el) => [
            el.getAttribute('data-pagefind-filter'),
            el.textContent,
            el.closest('[hidden]') !== null && el.closest('[data-pagefind-ignore]') !== null,
          ]),
        )
      expect(filters).toEqual([
        ['province', '宁夏回族自治区', true],
        ['county', '中宁县', true],
        ['township', '徐套乡', true],
        ['year', '2021', true],
        ['format', '2021年格式', true],
      ])
      const text = await page.locator('article').innerText()
      for (const name of ['宁夏回族自治区', '中卫市', '中宁县', '徐套乡', '中宁县徐套乡人民政府']) expect(text).toContain(name)
      expect(await page.locator('#diagnostics').locator('xpath=..').getAttribute('data-pagefind-ignore')).not.toBeNull()
      expect(await page.locator('#downloads').locator('xpath=..').getAttribute('data-pagefind-ignore')).not.toBeNull()
      const found = await page.evaluate<{ urls: string[]; provinces: string[] }>(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js')
        await pagefind.init()
        const search = await pagefind.search('中宁县')
        const filters = await pagefind.filters()
        const pages = await Promise.all(search.results.map((r) => r.data()))
        return { urls: pages.map((d) => d.url), provinces: Object.keys(filters.province ?? {}) }
      })()`)
      expect(found.provinces).toContain('宁夏回族自治区')
      expect(found.urls).toContain(`/reports/${XUTAO}/`)
    } finally {
      await view.close()
    }
  })

  test('links to the place pages, the year page, both downloads and the original file', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const hrefs = await view.page.locator('article header a').evaluateAll((els) => els.map((el) => el.getAttribute('href')))
      expect(hrefs).toEqual(
        expect.arrayContaining(['/places/64/', '/places/6405/', '/places/640521/', '/places/640521205000/', '/years/2021/']),
      )
      const downloads = await view.page.locator('#downloads ~ ul a').evaluateAll((els) => els.map((el) => el.getAttribute('href')))
      expect(downloads).toEqual([
        `/data/tables/${XUTAO}.csv`,
        `/data/reports/${XUTAO}.json`,
        '/data/bulk/64/2021/cells.csv.gz',
        '/data/bulk/64/2021/cells.parquet',
        '/data/dictionary/#csv-columns',
        '/quality/',
        `/reports/${XUTAO}/original.txt`,
      ])
      const excel = view.page.getByRole('link', { name: '本报告统计表（Excel 友好）' })
      expect(await excel.getAttribute('download')).toBe('中宁县徐套乡2021年统计表.csv')
      const original = await view.page.request.get(new URL(`/reports/${XUTAO}/original.txt`, baseURL).href)
      expect(Buffer.from(await original.body()).equals(readFileSync('content/reports/中宁县徐套乡-2021.txt'))).toBe(true)
    } finally {
      await view.close()
    }
  })

  test('has no axe-core violations', async () => {
    for (const id of [XUTAO, DUIZHEN]) {
      const view = await openPage(browser, baseURL, `/reports/${id}/`)
      try {
        await expectNoAxeViolations(view.page)
      } finally {
        await view.close()
      }
    }
  })

  test('does not scroll horizontally at 360px (tables scroll in their own box)', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`, { width: 360, height: 740 })
    try {
      expect(await hasHorizontalScroll(view.page)).toBe(false)
      const wrap = view.page.getByRole('region', { name: '表四 政府信息公开行政复议、行政诉讼情况' })
      expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
      await view.page.screenshot({ path: new URL('report-360.png', TMP).pathname, fullPage: true })
    } finally {
      await view.close()
    }
  })

  test('print hides the navigation and the downloads', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      await view.page.emulateMedia({ media: 'print' })
      expect(await view.page.locator('nav.site-nav').isVisible()).toBe(false)
      expect(await view.page.locator('nav[aria-labelledby="contents"]').isVisible()).toBe(false)
      expect(await view.page.locator('#downloads').isVisible()).toBe(false)
      expect(await view.page.locator('#table-3').isVisible()).toBe(true)
    } finally {
      await view.close()
    }
  })
})

describe('source pages', () => {
  test('show every line with its anchor, escaped, and link back to the report', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/source/`)
    try {
      const { page } = view
      expect(view.response?.status()).toBe(200)
      expect(await page.locator('script').count()).toBe(0)
      expect(await page.locator('[data-pagefind-body]').count()).toBe(0)
      expect(await page.locator('#L3').innerText()).toContain('中宁县徐套乡人民政府')
      expect(await page.locator('#L106').innerText()).toBe('无。')
      expect(await page.locator('ol.source > li').count()).toBe(106)
      expect(await page.getByRole('link', { name: '返回报告页' }).first().getAttribute('href')).toBe(`/reports/${XUTAO}/`)
    } finally {
      await view.close()
    }
  })

  test('has no axe-core violations, also with a line targeted', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/source/#L51`)
    try {
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })

  test('does not scroll horizontally at 360px (long lines wrap)', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/source/#L59`, { width: 360, height: 740 })
    try {
      expect(await hasHorizontalScroll(view.page)).toBe(false)
    } finally {
      await view.close()
    }
  })
})

describe('downloads', () => {
  test('the JSON is the record, with 行政处罚 = 51 at its source line; no other per-report copy of the cells is published', async () => {
    const record = await recordOf(XUTAO)
    expect(record.id).toBe(XUTAO)
    expect(record.tables.proactive?.cells.find((c) => c.row === '行政处罚' && c.column === '本年处理决定数量')).toMatchObject({
      value: 51,
      line: 51,
    })
    // The cells in long form are the report's rows of its partition (tests/e2e/data.test.ts).
    expect((await fetch(new URL(`/data/reports/${XUTAO}.csv`, baseURL))).status).toBe(404)
  })

  test('the Excel-friendly CSV of 徐套乡 2021, read with a CSV parser: Chinese headers, the code as 640521205000, 行政处罚 = 51 on its own row', async () => {
    const response = await fetch(new URL(`/data/tables/${XUTAO}.csv`, baseURL))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv/)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    const [header] = parseCsv(text)
    expect(header!.slice(0, 7)).toEqual(['区划代码', '县', '乡镇', '年度', '表', '分组', '项目'])
    for (const h of header!) expect(h).toMatch(/^\p{Script=Han}/u)
    const rows = csvObjects(text)
    // The code is written ="640521205000" so that Excel keeps its 12 digits; a parser reads the formula and unwraps it.
    expect(new Set(rows.map((r) => r['区划代码']))).toEqual(new Set(['="640521205000"']))
    expect(unwrapExcelText(rows[0]!['区划代码']!)).toBe('640521205000')
    const penalty = rows.filter((r) => r['项目'] === '行政处罚')
    expect(penalty).toHaveLength(1)
    expect(penalty[0]).toMatchObject({
      表: '表二',
      分组: '第二十条第（六）项',
      本年处理决定数量: '51',
      原文行: '51',
      乡镇: '徐套乡',
      年度: '2021',
    })
    expect(rows.find((r) => r['项目'] === '总计')).toMatchObject({ 表: '表三', 分组: '三、本年度办理结果 （七）' })
    expect(rows.find((r) => r['项目'] === '结转下年度继续办理')!['法律服务机构']).toBe('未填报')
  })
})
