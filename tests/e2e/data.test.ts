/**
 * Bulk downloads (partitions by province and year, their manifest), the data dictionary page, the format notes, the about page, the feed and the
 * sitemap of the built site: file contents, accessibility, small screens, no JavaScript.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser } from 'playwright-core'
import type { ReportRecord } from '../../src/lib/types.ts'
import type { BulkManifest } from '../../src/utils/data/bulk/bulk-manifest.ts'
import { csvColumns, csvLine } from '../../src/utils/data/cells-csv.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'
import { DIST } from './global-setup.ts'

const baseURL = inject('baseURL')
const PAGES = ['/data/', '/data/dictionary/', '/data/format/', '/about/']

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
  const SAMPLES = ['14/2021', '62/2020', '63/2021', '64/2021', '65/2020']

  /** The manifest of the built site. */
  const manifest = (): BulkManifest => JSON.parse(readFileSync(path.join(DIST, 'data/bulk/manifest.json'), 'utf8')) as BulkManifest

  /** The data lines of a CSV document of the site (BOM and header left out). */
  const dataLines = (csv: string): string[] =>
    csv
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .slice(1, -1)

  test('the manifest lists four files for each province and year of the five samples', async () => {
    const { status, type } = await get('/data/bulk/manifest.json')
    expect(status).toBe(200)
    expect(type).toMatch(/application\/json/)
    const m = manifest()
    expect(m.files.map((f) => f.path)).toEqual(
      SAMPLES.flatMap((p) => ['cells.csv.gz', 'cells.parquet', 'reports.csv.gz', 'reports.parquet'].map((name) => `${p}/${name}`)),
    )
    expect(m.files.find((f) => f.path === '64/2021/cells.parquet')).toMatchObject({
      table: 'cells',
      format: 'parquet',
      province: { code: '64', name: '宁夏回族自治区' },
      year: 2021,
    })
    expect(m.totals).toMatchObject({ partitions: 5, reports: 5, files: 20 })
  })

  test("the manifest's sizes, SHA-256 checksums and row counts match the files on disk", async () => {
    const m = manifest()
    for (const f of m.files) {
      const bytes = readFileSync(path.join(DIST, 'data/bulk', f.path))
      expect(bytes.length, f.path).toBe(f.bytes)
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256)
      const rows =
        f.format === 'parquet'
          ? (await parquetReadObjects({ file: await asyncBufferFromFile(path.join(DIST, 'data/bulk', f.path)) })).length
          : dataLines(gunzipSync(bytes).toString('utf8')).length
      expect(rows, f.path).toBe(f.rows)
    }
    expect(m.totals.cells).toBe(m.files.filter((f) => f.table === 'cells' && f.format === 'parquet').reduce((n, f) => n + f.rows, 0))
    expect(m.totals.bytes).toBe(m.files.reduce((n, f) => n + f.bytes, 0))
  })

  test('a partition holds, row for row, the cells of its report’s JSON record with their source lines, in gzip CSV and in Parquet', async () => {
    const record = JSON.parse((await get('/data/reports/640521205000-2021.json')).bytes.toString('utf8')) as ReportRecord
    /** The fields of a cell that the record holds per cell. */
    const cellColumns = ['report_id', 'row', 'column', 'value', 'raw', 'source_line'] as const
    const own = (row: Record<string, unknown>): string => csvLine(cellColumns.map((c) => row[c] as string | number | null))
    const expected = [record.tables.proactive, record.tables.requests, record.tables.appeals].flatMap((t) =>
      (t?.cells ?? []).map((c) => csvLine([record.id, c.row, c.column, c.value, c.raw, c.line])),
    )
    expect(expected.length).toBeGreaterThan(100)
    const csv = await get('/data/bulk/64/2021/cells.csv.gz')
    expect(csv.status).toBe(200)
    const unpacked = gunzipSync(csv.bytes)
    expect([...unpacked.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...lines] = parseCsv(unpacked.toString('utf8').slice(1))
    expect(header).toEqual([...csvColumns])
    expect(lines.map((fields) => own(Object.fromEntries(header!.map((h, i) => [h, fields[i]]))))).toEqual(expected)
    const parquet = await parquetReadObjects({ file: await asyncBufferFromFile(path.join(DIST, 'data/bulk/64/2021/cells.parquet')) })
    expect(parquet.map(own)).toEqual(expected)
    const at = (name: (typeof csvColumns)[number]) => header!.indexOf(name)
    const hit = lines.filter((r) => r[at('township')] === '徐套乡' && r[at('table')] === '表二' && r[at('row')] === '行政处罚')
    expect(hit.map((r) => [r[at('value')], r[at('source_line')], r[at('code')]])).toEqual([['51', '51', '640521205000']])
    expect(parquet.find((r) => r.table === '表二' && r.row === '行政处罚')).toMatchObject({ value: 51, source_line: 51, year: 2021 })
  })

  test('the reports table of a partition has its one report, joined to the cells by report_id', async () => {
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(path.join(DIST, 'data/bulk/64/2021/reports.parquet')) })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ report_id: '640521205000-2021', township: '徐套乡', province_code: '64', year: 2021 })
  })

  test('the single all-reports files are gone: their size grew with the corpus', async () => {
    expect((await get('/data/cells.csv')).status).toBe(404)
    expect((await get('/data/reports.json')).status).toBe(404)
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

  test('the sitemap lists the compare, data, dictionary, format and about pages', async () => {
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

  test('the data page lists the partitions by province with sizes, shows the examples and links the dictionary and format notes', async () => {
    const view = await openPage(browser, baseURL, '/data/')
    try {
      const { page } = view
      const summaries = await page.locator('details.province summary .name').allInnerTexts()
      expect(summaries).toEqual(['山西省（14）', '甘肃省（62）', '青海省（63）', '宁夏回族自治区（64）', '新疆维吾尔自治区（65）'])
      const ningxia = page.locator('details.province').nth(3)
      await ningxia.locator('summary').click()
      const links = ningxia.getByRole('link')
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        '/data/bulk/64/2021/cells.csv.gz',
        '/data/bulk/64/2021/cells.parquet',
        '/data/bulk/64/2021/reports.csv.gz',
        '/data/bulk/64/2021/reports.parquet',
      ])
      const sizes = await ningxia.locator('tbody td:has(a)').allInnerTexts()
      expect(sizes).toHaveLength(4)
      for (const text of sizes) expect(text).toMatch(/^(CSV|Parquet) \d+(\.\d)? (B|KB|MB)$/)
      expect(await page.getByRole('link', { name: '文件清单（manifest.json）' }).getAttribute('href')).toBe('/data/bulk/manifest.json')
      const examples = await page.locator('.example pre').allInnerTexts()
      expect(examples).toHaveLength(3)
      expect(examples[0]).toMatch(/pd\.read_parquet\("https:\/\/[^"/]+\/data\/bulk\/14\/2021\/cells\.parquet"\)/)
      expect(examples[1]).toContain('duckdb.sql(')
      expect(examples[2]).toContain('read_parquet(')
      for (const code of examples) expect(code.split('\n')).toHaveLength(3)
      expect(await page.getByRole('link', { name: '数据格式说明' }).getAttribute('href')).toBe('/data/format/')
      expect(await page.getByRole('link', { name: '数据字典' }).getAttribute('href')).toBe('/data/dictionary/')
    } finally {
      await view.close()
    }
  })

  test('the dictionary page documents record fields, the columns of both tables, labels and rule ids', async () => {
    const view = await openPage(browser, baseURL, '/data/dictionary/')
    try {
      const { page } = view
      expect(await page.getByRole('rowheader', { name: 'tables.requests.cells[].value' }).count()).toBe(1)
      expect(await page.getByRole('rowheader', { name: 'corrected_from' }).count()).toBe(1)
      expect(await page.getByRole('rowheader', { name: 'province_code' }).count()).toBe(1)
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
