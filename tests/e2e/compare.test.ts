/**
 * The compare page in a browser: choosing townships and metrics updates the table and the URL,
 * the URL restores the same table, back/forward work, the CSV download is the table shown, the
 * page works without JavaScript (notice + default table), is accessible and fits 360 px.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
const XUTAO = '640521205000'
const JIERGELETE = '654202205000'
/** 表三 · 本年新收政府信息公开申请数量 · 自然人. */
const NEW_NATURAL = '3.1.1'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Wait until the client script has shown the form. */
async function ready(page: Page): Promise<void> {
  await page.locator('#compare-form').waitFor({ state: 'visible' })
}

/** The texts of the table: header cells, then each row's cells (one string per cell). */
async function tableTexts(page: Page): Promise<string[][]> {
  return page
    .locator('#compare-output tr')
    .evaluateAll((rows) =>
      rows.map((tr) => [...tr.children].map((cell) => (cell.querySelector('.value') ?? cell).textContent!.replace(/\s+/g, ' ').trim())),
    )
}

/** A check box of the form, made visible (its <details> opened) and set. */
async function setBox(page: Page, name: string, value: string, checked: boolean): Promise<void> {
  const box = page.locator(`#compare-form input[name="${name}"][value="${value}"]`)
  await box.evaluate((el) => {
    const details = el.closest('details')
    if (details) details.open = true
  })
  await box.setChecked(checked)
}

describe('compare page', () => {
  test('choosing two townships and a metric updates the table and the URL; the URL restores it', async () => {
    const view = await openPage(browser, baseURL, '/compare/')
    try {
      const { page } = view
      await ready(page)
      // The default view: every township, the headline metrics, a clean URL.
      expect(new URL(page.url()).search).toBe('')
      expect((await tableTexts(page))[0]).toHaveLength(6)

      await page.getByRole('button', { name: '清空乡镇' }).click()
      await setBox(page, 't', XUTAO, true)
      await setBox(page, 't', JIERGELETE, true)
      await setBox(page, 'm', NEW_NATURAL, true)

      const url = new URL(page.url())
      expect(url.searchParams.get('t')).toBe(`${XUTAO},${JIERGELETE}`)
      expect(url.searchParams.get('m')!.split(',')).toContain(NEW_NATURAL)
      expect(await page.locator('#compare-status').innerText()).toMatch(/当前表格：2 份报告/)

      const texts = await tableTexts(page)
      expect(texts[0]).toEqual(['指标', '中宁县徐套乡 2021年', '乌苏市吉尔格勒特郭楞蒙古民族乡 2020年'])
      const row = texts.find((r) => r[0] === '表三 · 本年新收政府信息公开申请数量 · 自然人')
      expect(row).toBeDefined()
      const penalty = texts.find((r) => r[0] === '表二（2021格式） · 行政处罚 · 本年处理决定数量')
      expect(penalty?.[1]).toBe('51')
      // 吉尔格勒特郭楞蒙古民族乡 uses the 2019 table 二: the 2021 metric is "—", never 0.
      expect(penalty?.[2]).toBe('—')
      const link = page.locator('#compare-output tr', { hasText: '本年处理决定数量' }).filter({ hasText: '行政处罚' }).locator('a').first()
      expect(await link.getAttribute('href')).toBe(`/reports/${XUTAO}-2021/source/#L51`)

      // Reloading the URL in a fresh page gives the same table and the same boxes.
      const again = await openPage(browser, baseURL, url.pathname + url.search)
      try {
        await ready(again.page)
        expect(await tableTexts(again.page)).toEqual(texts)
        expect(await again.page.locator(`input[name="t"][value="${JIERGELETE}"]`).isChecked()).toBe(true)
        expect(await again.page.locator(`input[name="t"][value="141181100000"]`).isChecked()).toBe(false)
        expect(await again.page.locator(`input[name="m"][value="${NEW_NATURAL}"]`).isChecked()).toBe(true)
        expect(again.errors).toEqual([])
      } finally {
        await again.close()
      }

      // Back undoes the last choice (the metric), forward redoes it.
      await page.goBack()
      expect(new URL(page.url()).searchParams.get('m')).toBeNull()
      expect((await tableTexts(page)).some((r) => r[0] === '表三 · 本年新收政府信息公开申请数量 · 自然人')).toBe(false)
      expect(await page.locator(`input[name="m"][value="${NEW_NATURAL}"]`).isChecked()).toBe(false)
      await page.goForward()
      expect(await tableTexts(page)).toEqual(texts)

      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
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
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载当前视图 CSV' }).click()])
      expect(download.suggestedFilename()).toMatch(/\.csv$/)
      const bytes = await readFile((await download.path())!)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n')
      expect(lines).toHaveLength(texts.length)
      expect(lines[0]).toBe(texts[0]!.join(','))
      texts.slice(1).forEach((row, i) => {
        const fields = lines[i + 1]!.split(',')
        expect(fields[0]).toBe(row[0])
        // Shown "—" is an empty field; numbers are written without digit grouping.
        expect(fields.slice(1)).toEqual(row.slice(1).map((t) => (t === '—' ? '' : t.replace(/,/g, ''))))
      })
      expect(lines.some((l) => l.includes(',51,'))).toBe(true)
      expect(lines.some((l) => l.includes('3.2 万元'))).toBe(true)
    } finally {
      await view.close()
    }
  })

  test('without JavaScript shows a notice and the default table', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(new URL('/compare/', baseURL).href)
      expect(await page.locator('noscript').count()).toBe(1)
      // Playwright's text engine skips <noscript>: find the notice by its element.
      const notice = page.locator('noscript p')
      expect(await notice.isVisible()).toBe(true)
      expect(await notice.innerText()).toContain('本页的筛选和下载需要启用 JavaScript')
      expect(await page.locator('#compare-form').isVisible()).toBe(false)
      expect(await page.locator('#compare-csv').isVisible()).toBe(false)
      const texts = await tableTexts(page)
      expect(texts[0]).toHaveLength(6)
      expect(texts.length).toBeGreaterThan(1)
    } finally {
      await context.close()
    }
  })

  test('has no axe-core violations, with the form and the table shown', async () => {
    const view = await openPage(browser, baseURL, `/compare/?t=${XUTAO},${JIERGELETE}`)
    try {
      await ready(view.page)
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })

  test('does not scroll horizontally at 360px', async () => {
    const view = await openPage(browser, baseURL, '/compare/', { width: 360, height: 740 })
    try {
      await ready(view.page)
      await view.page.locator('#compare-form details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
      expect(await hasHorizontalScroll(view.page)).toBe(false)
    } finally {
      await view.close()
    }
  })
})
