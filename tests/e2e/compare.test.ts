/**
 * The compare page in a browser: townships chosen through the picker by typing (names, other
 * spellings, codes) and by narrowing province → prefecture → county make the table and the URL;
 * the figures are those of the report JSON; the URL restores the same table; an unknown code in
 * a URL is named with what is known of it; only the county files of the chosen townships are
 * fetched; back/forward work; the CSV download is the table shown; the page is small and says
 * what it is without JavaScript; it is accessible, keyboard-usable, and the whole journey works
 * at 390 px and on a desktop, a phone showing a shared view's results first with the form folded.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Cell, ReportRecord } from '../../src/lib/types.ts'
import { compactMetrics, metricByCompact } from '../../src/utils/compare/compare-metrics.ts'
import { unwrapExcelText } from '../../src/utils/data/excel-text.ts'
import { formatValue } from '../../src/utils/format-value.ts'
import { parseCsv } from '../utils/data/parse-csv.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
const XUTAO = '640521205000'
const JIERGELETE = '654202205000'
const FENGSHAN = '622926214000'
/** A phone and a desktop. */
const VIEWPORTS = [
  { name: 'phone (390 px)', width: 390, height: 844, phone: true },
  { name: 'desktop', width: 1280, height: 900, phone: false },
]
/** 表三 · 本年新收政府信息公开申请数量 · 自然人. */
const NEW_NATURAL = '3.1.1'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Wait until the client script has drawn the first view. */
async function ready(page: Page): Promise<void> {
  await page.locator('#compare-results[data-ready]').waitFor({ state: 'attached' })
}

/** The texts of the table: header cells, then each row's cells (one string per cell). */
async function tableTexts(page: Page): Promise<string[][]> {
  return page
    .locator('#compare-output tr')
    .evaluateAll((rows) =>
      rows.map((tr) => [...tr.children].map((cell) => (cell.querySelector('.value') ?? cell).textContent!.replace(/\s+/g, ' ').trim())),
    )
}

/** A metric check box of the form, made visible (its <details> opened) and set. */
async function setMetric(page: Page, compact: string, checked: boolean): Promise<void> {
  const box = page.locator(`#compare-form input[name="m"][value="${compact}"]`)
  await box.evaluate((el) => {
    const details = el.closest('details')
    if (details) details.open = true
  })
  await box.setChecked(checked)
}

/** The paths of the compare data files the page has fetched so far (repeats kept). */
async function dataFiles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/data/compare/')),
  )
}

/** County files among fetched data files (the place index and province files left out). */
const countyFiles = (files: string[]): string[] =>
  files.filter((f) => /^\/data\/compare\/[^/]+\.json$/.test(f) && !f.endsWith('/places.json'))

/** The chips' labels. */
async function chips(page: Page): Promise<string[]> {
  return page.locator('#compare-chips li span').allInnerTexts()
}

/** Type into the picker's search box and wait until the live region has counted the matches. */
async function search(page: Page, query: string): Promise<void> {
  await page.getByLabel('查找乡镇').fill(query)
  await page
    .locator('#compare-matches-status')
    .filter({ hasText: /找到|没有找到|请先/ })
    .waitFor()
}

/** A record as published at /data/reports/<id>.json. */
async function reportJson(id: string): Promise<ReportRecord> {
  const response = await fetch(new URL(`/data/reports/${id}.json`, baseURL))
  expect(response.status).toBe(200)
  return (await response.json()) as ReportRecord
}

/** What the table should show for a metric of a report, read from the report JSON. */
function expectedText(record: ReportRecord, compact: string): string {
  const m = metricByCompact(compact)!
  const table = record.tables[m.table]
  if (!table || (m.format && 'format' in table && table.format !== m.format)) return '—'
  const cell = table.cells.find((c: Cell) => c.row === m.row && c.column === m.column)
  return cell ? formatValue(cell.value, cell.unit) : '—'
}

describe('compare page', () => {
  test('townships chosen by typing in the picker make the table of the report JSON figures and the URL; the URL restores it', async () => {
    const view = await openPage(browser, baseURL, '/compare/')
    try {
      const { page } = view
      await ready(page)
      // Nothing chosen yet: a clean URL, an invitation, no county file fetched.
      expect(new URL(page.url()).search).toBe('')
      expect(await page.locator('#compare-status').innerText()).toBe('尚未选择乡镇。')
      expect(countyFiles(await dataFiles(page))).toEqual([])

      // Type a name and press Enter: the first match is chosen.
      await search(page, '徐套')
      expect(await page.locator('#compare-matches-status').innerText()).toBe('找到 1 个乡镇。')
      await page.getByLabel('查找乡镇').press('Enter')
      await expect.poll(() => chips(page)).toEqual(['中宁县徐套乡'])
      // Type part of another and tick it in the list.
      await search(page, '吉尔格勒')
      await page.getByRole('checkbox', { name: /吉尔格勒特郭楞蒙古民族乡/ }).check()
      await expect.poll(() => chips(page)).toEqual(['中宁县徐套乡', '乌苏市吉尔格勒特郭楞蒙古民族乡'])
      await setMetric(page, NEW_NATURAL, true)

      const url = new URL(page.url())
      expect(url.searchParams.get('t')).toBe(`${XUTAO},${JIERGELETE}`)
      expect(url.searchParams.get('m')!.split(',')).toContain(NEW_NATURAL)
      await expect.poll(() => page.locator('#compare-status').innerText()).toMatch(/当前表格：2 份报告/)

      const texts = await tableTexts(page)
      expect(texts[0]).toEqual(['指标', '中宁县徐套乡 2021年', '乌苏市吉尔格勒特郭楞蒙古民族乡 2020年'])
      const penalty = texts.find((r) => r[0] === '表二（2021格式） · 行政处罚 · 本年处理决定数量')
      expect(penalty?.[1]).toBe('51')
      // 吉尔格勒特郭楞蒙古民族乡 uses the 2019 table 二: the 2021 metric is "—", never 0.
      expect(penalty?.[2]).toBe('—')
      // Every figure shown is the report JSON's.
      const records = [await reportJson(`${XUTAO}-2021`), await reportJson(`${JIERGELETE}-2020`)]
      const rows = await page.locator('#compare-output tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-metric')!))
      expect(rows.length).toBeGreaterThan(3)
      rows.forEach((compact, i) => {
        const label = compactMetrics.find((m) => m.compact === compact)!.label
        expect(texts[i + 1]).toEqual([label, ...records.map((r) => expectedText(r, compact))])
      })
      const link = page.locator('#compare-output tr', { hasText: '本年处理决定数量' }).filter({ hasText: '行政处罚' }).locator('a').first()
      expect(await link.getAttribute('href')).toBe(`/reports/${XUTAO}-2021/source/#L51`)
      // Only the two counties' files were fetched, each once.
      expect(countyFiles(await dataFiles(page))).toEqual(['/data/compare/640521.json', '/data/compare/654202.json'])

      // The URL in a fresh page gives the same table and chips, fetching the same two files only.
      const again = await openPage(browser, baseURL, url.pathname + url.search)
      try {
        await ready(again.page)
        expect(await tableTexts(again.page)).toEqual(texts)
        expect(await chips(again.page)).toEqual(['中宁县徐套乡', '乌苏市吉尔格勒特郭楞蒙古民族乡'])
        expect(await again.page.locator(`input[name="m"][value="${NEW_NATURAL}"]`).isChecked()).toBe(true)
        expect(countyFiles(await dataFiles(again.page)).sort()).toEqual(['/data/compare/640521.json', '/data/compare/654202.json'])
        expect(again.errors).toEqual([])
      } finally {
        await again.close()
      }

      // Back undoes the last choice (the metric), forward redoes it.
      await page.goBack()
      expect(new URL(page.url()).searchParams.get('m')).toBeNull()
      await expect
        .poll(async () => (await tableTexts(page)).some((r) => r[0] === '表三 · 本年新收政府信息公开申请数量 · 自然人'))
        .toBe(false)
      expect(await page.locator(`input[name="m"][value="${NEW_NATURAL}"]`).isChecked()).toBe(false)
      await page.goForward()
      await expect.poll(() => tableTexts(page)).toEqual(texts)
      // Going back and forth fetched nothing again (the files are kept).
      expect(countyFiles(await dataFiles(page))).toHaveLength(2)

      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('narrowing by province, prefecture and county lists that county’s townships', async () => {
    const view = await openPage(browser, baseURL, '/compare/')
    try {
      const { page } = view
      await ready(page)
      await page.getByLabel('省级').selectOption({ label: '宁夏回族自治区' })
      // Its only prefecture is chosen with it.
      await expect.poll(() => page.getByLabel('地级').inputValue()).toBe('6405')
      await page.getByLabel('地级').selectOption({ label: '中卫市' })
      await page.getByLabel('县级').selectOption({ label: '中宁县（1 个乡镇）' })
      await expect.poll(() => page.locator('#compare-matches label').allInnerTexts()).toEqual([expect.stringMatching(/^徐套乡/)])
      expect(await page.locator('#compare-matches-status').innerText()).toBe('找到 1 个乡镇。')
      // A 12-digit code typed in full finds its township too.
      await page.getByLabel('省级').selectOption({ label: '全部' })
      await search(page, JIERGELETE)
      expect(await page.locator('#compare-matches label').allInnerTexts()).toEqual([expect.stringMatching(/^吉尔格勒特郭楞蒙古民族乡/)])
      await search(page, '北京')
      expect(await page.locator('#compare-matches-status').innerText()).toBe('没有找到名称或代码含“北京”的乡镇。')
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('works from the keyboard: ↓ into the list, Space to choose, Esc back; a chip’s remove button keeps the focus in the chips', async () => {
    const view = await openPage(browser, baseURL, '/compare/')
    try {
      const { page } = view
      await ready(page)
      const box = page.getByLabel('查找乡镇')
      await box.focus()
      await page.keyboard.type('乡')
      await page.locator('#compare-matches-status').filter({ hasText: '找到' }).waitFor()
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Space')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Space')
      await expect.poll(() => chips(page)).toHaveLength(2)
      await page.keyboard.press('Escape')
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true)
      const first = await chips(page)
      await page.getByRole('button', { name: `移除 ${first[0]}` }).click()
      await expect.poll(() => chips(page)).toEqual([first[1]])
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`移除 ${first[1]}`)
    } finally {
      await view.close()
    }
  })

  test('names an unknown code of a shared URL with what is known of it, and shows the townships it knows', async () => {
    const view = await openPage(browser, baseURL, `/compare/?t=${XUTAO},640521999000,999`)
    try {
      const { page } = view
      await ready(page)
      const missing = page.locator('#compare-missing')
      expect(await missing.isVisible()).toBe(true)
      expect(await missing.locator('li').allInnerTexts()).toEqual([
        '未找到代码 640521999000：本站收录的中宁县报告中没有这个乡镇。',
        '未找到代码 999：乡镇代码是 12 位统计用区划代码。',
      ])
      expect(await missing.locator('p').innerText()).toBe('请核对网址中的代码，或在上方按名称查找乡镇。')
      expect((await tableTexts(page))[0]).toEqual(['指标', '中宁县徐套乡 2021年'])
      expect(await chips(page)).toEqual(['中宁县徐套乡'])
      // 999 names no county; 640521999000 is looked for in 中宁县's file, fetched once.
      expect(countyFiles(await dataFiles(page))).toEqual(['/data/compare/640521.json'])
      // Choosing again drops the unknown codes from the URL, and the notice goes.
      await search(page, '吉尔格勒')
      await page.getByRole('checkbox', { name: /吉尔格勒特郭楞蒙古民族乡/ }).check()
      await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe(`${XUTAO},${JIERGELETE}`)
      await expect.poll(() => missing.isVisible()).toBe(false)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('on a phone, a URL of unknown codes only names them and opens the form to choose again', async () => {
    const view = await openPage(browser, baseURL, '/compare/?t=110101001000', { width: 390, height: 844 })
    try {
      const { page } = view
      await ready(page)
      expect(await page.locator('#compare-missing li').allInnerTexts()).toEqual([
        '未找到代码 110101001000：本站没有县级代码 110101 的乡镇报告。',
      ])
      await expect.poll(() => page.locator('#compare-chooser').getAttribute('open')).not.toBeNull()
      expect(await page.locator('#compare-chooser-title').innerText()).toBe('选择乡镇、年度和指标')
      expect(await page.getByLabel('查找乡镇').isVisible()).toBe(true)
      await expectNoAxeViolations(page)
      // The county file the code names was asked for and is not there: the one console message is its 404.
      expect(view.errors).toEqual([expect.stringMatching(/^console: Failed to load resource: .*404/)])
    } finally {
      await view.close()
    }
  })

  test('the CSV download is the table shown (UTF-8 with BOM)', async () => {
    const view = await openPage(browser, baseURL, `/compare/?t=${XUTAO},${JIERGELETE}&m=2b.4.1,2b.6.1,3.1.1,3.1.7`)
    try {
      const { page } = view
      await ready(page)
      const texts = await tableTexts(page)
      expect(texts).toHaveLength(5)
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载当前视图 CSV' }).click()])
      expect(download.suggestedFilename()).toMatch(/\.csv$/)
      const bytes = await readFile((await download.path())!)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      // 表, 分组, 项目, 栏目, then the report columns headed as on the page; the first data row holds their codes (="…").
      const rows = parseCsv(bytes.toString('utf8'))
      expect(rows[0]).toEqual(['表', '分组', '项目', '栏目', ...texts[0]!.slice(1)])
      expect(rows[1]!.slice(0, 4)).toEqual(['', '', '区划代码', ''])
      expect(new Set(rows[1]!.slice(4).map(unwrapExcelText))).toEqual(new Set([XUTAO, JIERGELETE]))
      expect(rows.slice(2)).toHaveLength(texts.length - 1)
      texts.slice(1).forEach((row, i) => {
        const fields = rows[i + 2]!
        expect(row[0]).toContain(` · ${fields[2]} · ${fields[3]}`)
        // Shown "—" is 未填报 or 无此项 in the file, never an empty field; numbers are written without digit grouping.
        expect(fields.slice(4).map((f) => (/^(未填报|无此项)$/.test(f) ? '—' : f))).toEqual(row.slice(1).map((t) => t.replace(/,/g, '')))
      })
      expect(rows.some((r) => r.includes('51'))).toBe(true)
      expect(rows.some((r) => r.includes('3.2 万元'))).toBe(true)
    } finally {
      await view.close()
    }
  })

  test('the page is small and holds no figures: it stays the same size at any corpus size', async () => {
    const response = await fetch(new URL('/compare/', baseURL))
    const html = await response.text()
    // 33 KB at the sample content (the form of every metric; no scope attributes on its 900 elements).
    expect(Buffer.byteLength(html)).toBeLessThan(50_000)
    expect(html).not.toContain('吉尔格勒特郭楞')
    expect(html).not.toContain('application/json')
    const files = await fetch(new URL('/data/compare/640521.json', baseURL))
    expect(files.headers.get('content-type')).toMatch(/json/)
    expect(((await files.json()) as { reports: { id: string }[] }).reports.map((r) => r.id)).toEqual([`${XUTAO}-2021`])
  })

  test('without JavaScript says what the page is and links to browsing by place', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(new URL('/compare/', baseURL).href)
      expect(await page.locator('h1').innerText()).toBe('对比')
      expect(await page.locator('.lead').innerText()).toContain('对比各乡镇政府信息公开工作年度报告中的统计数据')
      // Playwright's text engine skips <noscript>: find the notice by its element.
      const notice = page.locator('noscript p')
      expect(await notice.isVisible()).toBe(true)
      expect(await notice.innerText()).toContain('本页的选择和对比表需要启用 JavaScript')
      expect(await notice.locator('a', { hasText: '按地区浏览' }).getAttribute('href')).toBe('/places/')
      expect(await page.locator('#compare-chooser').isVisible()).toBe(false)
      expect(await page.locator('#compare-results').isVisible()).toBe(false)
    } finally {
      await context.close()
    }
  })

  test('has no axe-core violations, with the picker listing matches and the table shown', async () => {
    const view = await openPage(browser, baseURL, `/compare/?t=${XUTAO},${JIERGELETE}`)
    try {
      await ready(view.page)
      await search(view.page, '乡')
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })

  test('on a phone, a shared view shows its results first with the form folded; nothing scrolls sideways at 360px', async () => {
    const view = await openPage(browser, baseURL, `/compare/?t=${XUTAO},${JIERGELETE}`, { width: 360, height: 740 })
    try {
      const { page } = view
      await ready(page)
      expect(await page.locator('#compare-chooser').getAttribute('open')).toBeNull()
      const table = await page.locator('#compare-output table').boundingBox()
      expect(table!.y).toBeLessThan(740)
      expect(await hasHorizontalScroll(page)).toBe(false)
      // Unfolded, with every group open, it still fits; 查看对比结果 folds it again and goes to the table.
      await page.locator('#compare-chooser > summary').click()
      await page.locator('#compare-form details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
      await search(page, '乡')
      expect(await hasHorizontalScroll(page)).toBe(false)
      await page.getByRole('button', { name: '查看对比结果' }).click()
      expect(await page.locator('#compare-chooser').getAttribute('open')).toBeNull()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading')
    } finally {
      await view.close()
    }
    // With nothing chosen yet, the form is open.
    const fresh = await openPage(browser, baseURL, '/compare/', { width: 360, height: 740 })
    try {
      await ready(fresh.page)
      expect(await fresh.page.locator('#compare-chooser').getAttribute('open')).not.toBeNull()
    } finally {
      await fresh.close()
    }
  })

  test('finds a township by another spelling: 风山乡 (the national list’s) finds 凤山乡', async () => {
    const view = await openPage(browser, baseURL, '/compare/')
    try {
      const { page } = view
      await ready(page)
      await search(page, '风山乡')
      expect(await page.locator('#compare-matches-status').innerText()).toBe('找到 1 个乡镇。')
      expect(await page.locator('#compare-matches label').allInnerTexts()).toEqual([expect.stringMatching(/^凤山乡（又作风山乡）/)])
      await page.getByLabel('查找乡镇').press('Enter')
      await expect.poll(() => chips(page)).toEqual(['东乡族自治县凤山乡'])
      expect(new URL(page.url()).searchParams.get('t')).toBe(FENGSHAN)
    } finally {
      await view.close()
    }
  })

  for (const viewport of VIEWPORTS) {
    test(`the whole journey on a ${viewport.name}: filter by typing, narrow province → county, two townships, the shared URL with an unknown code`, async () => {
      const size = { width: viewport.width, height: viewport.height }
      const view = await openPage(browser, baseURL, '/compare/', size)
      let shared: URL
      try {
        const { page } = view
        await ready(page)
        // Nothing chosen: the form is open, on a phone too.
        expect(await page.locator('#compare-chooser').getAttribute('open')).not.toBeNull()
        expect(await page.locator('#compare-chooser-title').innerText()).toBe('选择乡镇、年度和指标')
        // Filter by typing, and tick the match.
        await search(page, '徐套')
        expect(await page.locator('#compare-matches-status').innerText()).toBe('找到 1 个乡镇。')
        await page.getByRole('checkbox', { name: /^徐套乡/ }).check()
        await expect.poll(() => chips(page)).toEqual(['中宁县徐套乡'])
        // Narrow province → (its only prefecture, chosen with it) → county, with nothing typed.
        await page.getByLabel('查找乡镇').fill('')
        await page.getByLabel('省级').selectOption({ label: '甘肃省' })
        await expect.poll(() => page.getByLabel('地级').inputValue()).toBe('6229')
        await page.getByLabel('县级').selectOption({ label: '东乡族自治县（1 个乡镇）' })
        await expect.poll(() => page.locator('#compare-matches label').allInnerTexts()).toEqual([expect.stringMatching(/^凤山乡/)])
        await page.getByRole('checkbox', { name: /^凤山乡/ }).check()
        await expect.poll(() => chips(page)).toEqual(['东乡族自治县凤山乡', '中宁县徐套乡'])
        await expect.poll(() => page.locator('#compare-status').innerText()).toMatch(/当前表格：2 份报告/)
        expect((await tableTexts(page))[0]).toEqual(['指标', '东乡族自治县凤山乡 2020年', '中宁县徐套乡 2021年'])
        expect(await page.locator('#compare-chooser-title').innerText()).toBe('修改对比内容')
        expect(await hasHorizontalScroll(page)).toBe(false)
        shared = new URL(page.url())
        expect(shared.searchParams.get('t')).toBe(`${FENGSHAN},${XUTAO}`)
        expect(view.errors).toEqual([])
      } finally {
        await view.close()
      }

      // The shared URL, with an unknown code added, in a fresh page.
      const again = await openPage(browser, baseURL, `/compare/?t=${FENGSHAN},${XUTAO},640521999000`, size)
      try {
        const { page } = again
        await ready(page)
        expect(await page.locator('#compare-missing li').allInnerTexts()).toEqual([
          '未找到代码 640521999000：本站收录的中宁县报告中没有这个乡镇。',
        ])
        expect((await tableTexts(page))[0]).toEqual(['指标', '东乡族自治县凤山乡 2020年', '中宁县徐套乡 2021年'])
        const summary = page.locator('#compare-chooser > summary')
        expect(await summary.innerText()).toMatch(/^修改对比内容（已选 2 个乡镇/)
        const heading = (await page.locator('#result-heading').boundingBox())!
        if (viewport.phone) {
          // Results first: the form is folded to its one-line summary, the results start on the first screen.
          expect(await page.locator('#compare-chooser').getAttribute('open')).toBeNull()
          expect(await page.locator('#compare-form').isVisible()).toBe(false)
          expect(heading.y).toBeLessThan(viewport.height)
          // Nothing but the form's one-line summary stands between the lead paragraph and the results.
          expect(heading.y - (await summary.boundingBox())!.y).toBeLessThan(150)
          // Unfolded from the keyboard, the picker shows the chosen townships.
          await summary.focus()
          await page.keyboard.press('Enter')
          await expect.poll(() => page.locator('#compare-form').isVisible()).toBe(true)
        } else {
          // The full form on a desktop.
          expect(await page.locator('#compare-chooser').getAttribute('open')).not.toBeNull()
          expect(await page.locator('#compare-form').isVisible()).toBe(true)
        }
        expect(await chips(page)).toEqual(['东乡族自治县凤山乡', '中宁县徐套乡'])
        expect(await hasHorizontalScroll(page)).toBe(false)
        await expectNoAxeViolations(page)
        expect(again.blocked).toEqual([])
        expect(again.errors).toEqual([])
      } finally {
        await again.close()
      }
    })
  }
})
