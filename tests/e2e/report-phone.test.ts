/**
 * A report page read on a 390 px phone and with the keyboard only: the summary answers first
 * (徐套乡 2021: 行政处罚 51, each figure linked to the line that holds it), table 三's row labels
 * stay in view while its numbers scroll sideways, each table is one tab stop with arrow keys
 * inside that still reach every number's source line, and the desktop and print layouts stay the
 * official ones. Runs against dist/ served by ./global-setup.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import type { ReportRecord } from '../../src/lib/types.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
const XUTAO = '640521205000-2021'
const PHONE = { width: 390, height: 844 }
const TABLE_3 = '表三 收到和处理政府信息公开申请情况'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The record behind a report page, from its JSON download. */
async function recordOf(id: string): Promise<ReportRecord> {
  return (await (await fetch(new URL(`/data/reports/${id}.json`, baseURL))).json()) as ReportRecord
}

/** The lines of a report's source page, by number. */
async function sourceLines(page: Page, id: string): Promise<Map<number, string>> {
  const html = await (await page.request.get(new URL(`/reports/${id}/source/`, baseURL).href)).text()
  const lines = new Map<number, string>()
  for (const m of html.matchAll(/<li[^>]* id="L(\d+)"[^>]*>([\s\S]*?)<\/li>/g)) lines.set(Number(m[1]), m[2]!.replace(/<[^>]+>/g, ''))
  return lines
}

/** True when the element's middle is on screen and not covered by another element (a sticky label, say). */
function seen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2]
    const top = document.elementFromPoint(x, y)
    return x >= 0 && x <= innerWidth && y >= 0 && y <= innerHeight && top !== null && (el === top || el.contains(top))
  })
}

/** A description of the focused element: its tag, link target or region name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    return el.getAttribute('role') === 'region'
      ? `region:${el.getAttribute('aria-labelledby')}`
      : `${el.tagName.toLowerCase()}:${el.getAttribute('href') ?? ''}`
  })
}

describe('the report summary on a phone', () => {
  test('shows 徐套乡 2021’s figures first, each linked to the source line that holds it', async () => {
    const record = await recordOf(XUTAO)
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`, PHONE)
    try {
      const { page } = view
      const summary = page.getByRole('region', { name: '主要数字' })
      // Above the contents and the tables.
      expect(
        await summary.evaluate((el) => el.compareDocumentPosition(document.getElementById('contents')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      ).toBeTruthy()
      const figures = Object.fromEntries(
        await summary
          .locator('dl > div')
          .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent!.trim()])),
      )
      expect(figures).toEqual({
        本年新收申请: '0 件',
        办理结果: '0 件',
        行政许可: '0 件',
        行政处罚: '51 件',
        行政复议: '0 起',
        行政诉讼: '0 起',
        数据核对: expect.stringMatching(/^\d+ 项核对：/),
      })
      // The figure is the record's, and every figure's link names the line it points at, which holds it.
      const fine = record.tables.proactive!.cells.find((c) => c.row === '行政处罚' && c.column === '本年处理决定数量')!
      expect(fine).toMatchObject({ value: 51, line: 51 })
      const lines = await sourceLines(page, XUTAO)
      const links = await summary
        .locator('dd a[href^="source/"]')
        .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.getAttribute('aria-label')]))
      expect(links).toHaveLength(6)
      for (const [text, href, label] of links) {
        const line = Number(/^source\/#L(\d+)$/.exec(href!)![1])
        expect(label).toBe(`${text}，原文第 ${line} 行`)
        const number = /^\d+/.exec(text!)![0]
        expect(lines.get(line), `${text} at line ${line}`).toMatch(new RegExp(`(^|\\D)${number}(\\D|$)`))
      }
      // Following 行政处罚 lands on line 51, which says 行政处罚 and 51.
      const link = summary.getByRole('link', { name: '51 件，原文第 51 行' })
      expect(await seen(link)).toBe(true)
      await link.click()
      await page.waitForURL((url) => url.pathname === `/reports/${XUTAO}/source/` && url.hash === '#L51')
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('L51')
      expect(await page.locator('#L51').innerText()).toMatch(/行政处罚.*51/)
      expect(await seen(page.locator('#L51'))).toBe(true)
    } finally {
      await view.close()
    }
  })

  test('says 未找到 where a report has no table, never 0 (兑镇镇 2021 has no table 二)', async () => {
    const view = await openPage(browser, baseURL, '/reports/141181100000-2021/', PHONE)
    try {
      const summary = view.page.getByRole('region', { name: '主要数字' })
      const link = summary.getByRole('link', { name: '未找到表二' })
      expect(await link.count()).toBe(2)
      expect(await link.first().getAttribute('href')).toBe('#table-2')
      expect(await summary.innerText()).not.toMatch(/行政处罚\s*0/)
    } finally {
      await view.close()
    }
  })
})

describe('tables on a phone', () => {
  test('table 三’s row labels stay in view after scrolling to the 总计 column, its heading outside the scroll box', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`, PHONE)
    try {
      const { page } = view
      const box = page.getByRole('region', { name: TABLE_3 })
      const table = box.getByRole('table', { name: TABLE_3 })
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
      expect(await page.locator('#table-3').evaluate((h) => h.closest('.table-wrap'))).toBeNull()
      const total = table.getByRole('columnheader', { name: '总计', exact: true })
      await total.scrollIntoViewIfNeeded()
      expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
      expect(await seen(total)).toBe(true)
      expect(await seen(page.locator('#table-3'))).toBe(true)
      for (const name of ['一、本年新收政府信息公开申请数量', '（一）予以公开', '1.属于国家秘密', '（七）总计', '四、结转下年度继续办理']) {
        const label = table.getByRole('rowheader', { name, exact: true })
        // The row's 总计 number, scrolled into view down the page, and its label beside it.
        const number = label.locator('xpath=..').locator('td > a').last()
        await number.scrollIntoViewIfNeeded()
        expect(await seen(number), `${name} 总计`).toBe(true)
        expect(await seen(label), name).toBe(true)
      }
      // The group labels spanning rows stick too.
      await table
        .getByRole('rowheader', { name: '4.保护第三方合法权益' })
        .locator('xpath=..')
        .locator('td > a')
        .last()
        .scrollIntoViewIfNeeded()
      expect(await seen(table.getByRole('rowheader', { name: '（三）不予公开' }))).toBe(true)
      // 三、本年度办理结果 runs down twenty-two rows (its middle is off screen): it stands at the box's left edge.
      const left = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().left)
      expect(Math.abs((await left(table.getByRole('rowheader', { name: '三、本年度办理结果' }))) - (await left(box)))).toBeLessThan(2)
      expect(await hasHorizontalScroll(page)).toBe(false)
    } finally {
      await view.close()
    }
  })

  test('has no axe-core violations at 390 px with a table scrolled', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`, PHONE)
    try {
      await view.page.getByRole('region', { name: TABLE_3 }).evaluate((el) => (el.scrollLeft = el.scrollWidth))
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })

  test('keeps the official layout on a desktop (table 三 fits, nothing scrolls) and in print (nothing sticks)', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const { page } = view
      expect(await page.getByRole('region', { name: TABLE_3 }).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      const label = page.getByRole('rowheader', { name: '（一）予以公开' })
      expect(await label.evaluate((el) => getComputedStyle(el).position)).toBe('sticky')
      await page.emulateMedia({ media: 'print' })
      expect(await label.evaluate((el) => getComputedStyle(el).position)).toBe('static')
      expect(await page.locator('#table-3').isVisible()).toBe(true)
    } finally {
      await view.close()
    }
  })
})

describe('tables and the keyboard', () => {
  test('each table is one tab stop; without the script every number is one (the page’s HTML leaves them in the tab order)', async () => {
    const html = await (await fetch(new URL(`/reports/${XUTAO}/`, baseURL))).text()
    const numbers = html.match(/<a [^>]*href="source\/#L\d+"[^>]*>/g) ?? []
    expect(numbers.length).toBeGreaterThan(200)
    expect(numbers.filter((a) => a.includes('tabindex'))).toEqual([])
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`, PHONE)
    try {
      const { page } = view
      const stops: string[] = []
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab')
        const here = await focused(page)
        if (here === stops[0]) break
        if (here !== 'body') stops.push(here)
      }
      const inTables = await page.evaluate(
        () =>
          [...document.querySelectorAll('.report-table a, .report-table [tabindex]')].filter((el) => (el as HTMLElement).tabIndex >= 0)
            .length,
      )
      expect(inTables).toBe(3)
      expect(stops.filter((s) => s.startsWith('region:table-'))).toEqual(['region:table-2', 'region:table-3', 'region:table-4'])
      // Outside the tables every shown source link is a stop: the summary's figures, the text's and the checks' line links.
      const shownOutside = await page.evaluate(
        () => [...document.querySelectorAll('a[href^="source/"]')].filter((a) => !a.closest('.report-table') && a.checkVisibility()).length,
      )
      expect(shownOutside).toBeGreaterThan(6)
      expect(stops.filter((s) => s.startsWith('a:source/'))).toHaveLength(shownOutside)
      console.log(`[report-phone] ${stops.length} tab stops on ${XUTAO}, 3 of them in its tables`)
    } finally {
      await view.close()
    }
  })

  test('arrow keys reach every number of table 三 and Enter opens its source line', async () => {
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`, PHONE)
    try {
      const { page } = view
      const box = page.getByRole('region', { name: TABLE_3 })
      expect(await box.getAttribute('aria-describedby')).toBe('table-keys')
      expect(await page.locator('#table-keys').isVisible()).toBe(true)
      await box.focus()
      await page.keyboard.press('ArrowDown')
      expect(await focused(page)).toBe('a:source/#L62')
      // Row by row, left to right: every number once.
      const reached = new Set<string>()
      const rows = await box.locator('tbody tr').count()
      for (let r = 0; r < rows; r++) {
        await page.keyboard.press('Home')
        for (let c = 0; c < 7; c++) {
          reached.add(
            await page.evaluate(
              () =>
                `${document.activeElement!.closest('tr')!.rowIndex}:${(document.activeElement!.parentElement as HTMLTableCellElement).cellIndex}`,
            ),
          )
          // The focused number is never under the sticky labels.
          expect(await seen(page.locator(':focus'))).toBe(true)
          await page.keyboard.press('ArrowRight')
        }
        await page.keyboard.press('ArrowDown')
      }
      expect(reached.size).toBe(await box.locator('tbody td a').count())
      // Esc goes back to the table, an arrow key returns to the number last visited.
      await page.keyboard.press('Escape')
      expect(await focused(page)).toBe('region:table-3')
      await page.keyboard.press('ArrowLeft')
      expect(await focused(page)).toBe('a:source/#L87')
      // 四、结转下年度继续办理 › 总计 (End), then up to （七）总计, and Enter opens its line.
      await page.keyboard.press('End')
      await page.keyboard.press('ArrowUp')
      expect(await focused(page)).toBe('a:source/#L86')
      await page.keyboard.press('Enter')
      await page.waitForURL((url) => url.pathname === `/reports/${XUTAO}/source/` && url.hash === '#L86')
      expect(await page.locator('#L86').innerText()).toContain('总计')
    } finally {
      await view.close()
    }
  })
})
