/**
 * Bulk downloads, the data dictionary page, the format notes, the about page, the feed and the
 * sitemap of the built site: file contents, accessibility, small screens, no JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser } from 'playwright-core'
import { csvColumns } from '../../src/utils/data/cells-csv.ts'
import type { ReportRecord } from '../../src/lib/types.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
const PAGES = ['/data/', '/data/format/', '/about/']

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Fetch a file of the site: status, content type and bytes. */
async function get(pathname: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(new URL(pathname, baseURL))
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) }
}

/** Parse RFC 4180 CSV text into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++)
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') (row.push(field), (field = ''))
    else if (ch === '\n') (row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = ''))
    else field += ch
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}

describe('bulk downloads', () => {
  test('/data/cells.csv starts with a BOM, has the header and the cell 徐套乡 2021 行政处罚 = 51 from line 51', async () => {
    const { status, type, bytes } = await get('/data/cells.csv')
    expect(status).toBe(200)
    expect(type).toMatch(/text\/csv/)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1))
    expect(header).toEqual([...csvColumns])
    const at = (name: (typeof csvColumns)[number]) => header!.indexOf(name)
    const hit = rows.filter(
      (r) => r[at('township')] === '徐套乡' && r[at('year')] === '2021' && r[at('table')] === '表二' && r[at('row')] === '行政处罚',
    )
    expect(hit).toHaveLength(1)
    expect(hit[0]![at('value')]).toBe('51')
    expect(hit[0]![at('source_line')]).toBe('51')
    expect(hit[0]![at('report_id')]).toBe('640521205000-2021')
    for (const r of rows) expect(r).toHaveLength(csvColumns.length)
  })

  test('/data/reports.json is an array of the 5 records', async () => {
    const { status, bytes } = await get('/data/reports.json')
    expect(status).toBe(200)
    const records = JSON.parse(bytes.toString('utf8')) as ReportRecord[]
    expect(records).toHaveLength(5)
    expect(records.map((r) => r.id).sort()).toEqual([
      '141181100000-2021',
      '622926214000-2020',
      '630223204000-2021',
      '640521205000-2021',
      '654202205000-2020',
    ])
    const xutao = records.find((r) => r.id === '640521205000-2021')!
    expect(xutao.tables.proactive?.cells.find((c) => c.row === '行政处罚')).toMatchObject({ value: 51, line: 51 })
  })
})

describe('feed and sitemap', () => {
  test('the feed parses as XML with 5 items, newest first', async () => {
    const view = await openPage(browser, baseURL, '/')
    try {
      const result = await view.page.evaluate(async () => {
        const text = await (await fetch('/feed.xml')).text()
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          items: [...doc.querySelectorAll('item')].map((i) => ({
            link: i.querySelector('link')?.textContent ?? '',
            description: i.querySelector('description')?.textContent ?? '',
          })),
        }
      })
      expect(result.error).toBeNull()
      expect(result.root).toBe('rss')
      expect(result.items).toHaveLength(5)
      const years = result.items.map((i) => Number(/(\d{4})年度/.exec(i.description)?.[1]))
      expect(years).toEqual([...years].sort((a, b) => b - a))
      for (const i of result.items) expect(i.link).toMatch(/\/reports\/\d{12}-\d{4}\/$/)
    } finally {
      await view.close()
    }
  })

  test('the sitemap lists the compare, data, format and about pages', async () => {
    const text = (await get('/sitemap-0.xml')).bytes.toString('utf8')
    for (const path of ['/compare/', ...PAGES]) expect(text).toContain(`${path}</loc>`)
  })
})

describe('data, format and about pages', () => {
  for (const path of PAGES) {
    test(`${path} renders without JavaScript or outside requests, and has no axe-core violations`, async () => {
      const view = await openPage(browser, baseURL, path)
      try {
        expect(view.response?.status()).toBe(200)
        expect(await view.page.locator('script').count()).toBe(0)
        expect(view.blocked).toEqual([])
        expect(view.errors).toEqual([])
        await expectNoAxeViolations(view.page)
      } finally {
        await view.close()
      }
    })

    test(`${path} does not scroll horizontally at 360px`, async () => {
      const view = await openPage(browser, baseURL, path, { width: 360, height: 740 })
      try {
        expect(await hasHorizontalScroll(view.page)).toBe(false)
      } finally {
        await view.close()
      }
    })
  }

  test('the data page links the downloads and documents fields, labels and rule ids', async () => {
    const view = await openPage(browser, baseURL, '/data/')
    try {
      const { page } = view
      expect(await page.getByRole('link', { name: '全部统计表单元格（CSV）' }).getAttribute('href')).toBe('/data/cells.csv')
      expect(await page.getByRole('link', { name: '全部报告记录（JSON）' }).getAttribute('href')).toBe('/data/reports.json')
      expect(await page.getByRole('link', { name: '数据格式说明' }).getAttribute('href')).toBe('/data/format/')
      expect(await page.getByRole('rowheader', { name: 'tables.requests.cells[].value' }).count()).toBe(1)
      expect(await page.getByRole('rowheader', { name: '其他对外管理服务事项' }).count()).toBe(1)
      expect(await page.locator('#rule-cell-count').count()).toBe(1)
    } finally {
      await view.close()
    }
  })

  test('the about page explains rows with their articles and names the deadline rule', async () => {
    const view = await openPage(browser, baseURL, '/about/')
    try {
      const text = await view.page.locator('main').innerText()
      expect(text).toContain('第二十条第（一）项')
      expect(text).toContain('第三十三条')
      expect(text).toContain('一 + 二 = 三（七）总计 + 四')
      expect(text).toContain('报告年度次年 1 月 31 日前')
      expect(text).toContain('2022-01-31')
    } finally {
      await view.close()
    }
  })
})
