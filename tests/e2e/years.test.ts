/**
 * Year pages of the built site: the 2021 table with its totals, sorting by a column, the
 * distribution chart, accessibility and small screens. Runs against dist/ served by
 * ./global-setup.ts.
 */
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
const TMP = new URL('./.tmp/', import.meta.url)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(TMP, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

/** The township names of the rows, in order. */
function townships(page: Page): Promise<string[]> {
  return page.locator('table.year-table tbody th[scope="row"] > a').allInnerTexts()
}

describe('years index', () => {
  test('lists 2021 and 2020 with their counts', async () => {
    const view = await openPage(browser, baseURL, '/years/')
    try {
      const rows = await view.page.locator('tbody tr').allInnerTexts()
      expect(rows.map((r) => r.replace(/\s+/g, ' '))).toEqual(['2021 年 3 份 3 个', '2020 年 2 份 2 个'])
      expect(await view.page.locator('tbody a').first().getAttribute('href')).toBe('/years/2021/')
    } finally {
      await view.close()
    }
  })
})

describe('2021 year page', () => {
  test('lists the three 2021 reports in place order, with totals and a distribution chart', async () => {
    const view = await openPage(browser, baseURL, '/years/2021/')
    try {
      const { page } = view
      expect(await page.locator('h1').innerText()).toBe('2021 年度报告')
      expect(await townships(page)).toEqual(['徐套乡', '哈拉直沟乡', '兑镇镇'])
      expect(await page.locator('table.year-table tbody a[href="/reports/640521205000-2021/"]').count()).toBe(1)
      const foot = await page.locator('table.year-table tfoot').innerText()
      expect(foot).toContain('合计')
      // The chart is one image named by its caption and its values; its drawn texts are hidden from assistive technology.
      const chart = page.getByRole('img', { name: /^2021 年各乡镇本年新收政府信息公开申请数量（总计） 徐套乡 \d/ })
      expect(await chart.count()).toBe(1)
      expect(await page.locator('figure.bars svg text:not([aria-hidden="true"] text)').count()).toBe(0)
      expect(await page.locator('figure.bars details tbody tr').count()).toBe(3)
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('sorting a column with a click reorders the rows and updates aria-sort', async () => {
    const view = await openPage(browser, baseURL, '/years/2021/')
    try {
      const { page } = view
      const header = page.locator('table.year-table thead th', { hasText: '警告' })
      const place = page.locator('table.year-table thead th').first()
      expect(await place.getAttribute('aria-sort')).toBe('ascending')
      const warnings = async (): Promise<number[]> => {
        const index = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex)
        return page
          .locator('table.year-table tbody tr')
          .evaluateAll((rows, i) => rows.map((r) => Number((r as HTMLTableRowElement).cells[i].dataset.sortValue)), index)
      }
      const before = await townships(page)
      await header.getByRole('button').click()
      expect(await header.getAttribute('aria-sort')).toBe('descending')
      expect(await place.getAttribute('aria-sort')).toBe('none')
      const after = await townships(page)
      expect(after).not.toEqual(before)
      const values = await warnings()
      expect(values).toEqual([...values].sort((a, b) => b - a))
      await header.getByRole('button').press('Enter')
      expect(await header.getAttribute('aria-sort')).toBe('ascending')
      const ascending = await warnings()
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
      await place.getByRole('button').click()
      expect(await townships(page)).toEqual(before)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('works without JavaScript: default order, no buttons', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(new URL('/years/2021/', baseURL).href)
      expect(await townships(page)).toEqual(['徐套乡', '哈拉直沟乡', '兑镇镇'])
      expect(await page.locator('table.year-table button').count()).toBe(0)
    } finally {
      await context.close()
    }
  })

  test.each(['/years/', '/years/2021/'])('%s has no axe-core violations', async (path) => {
    const view = await openPage(browser, baseURL, path)
    try {
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })

  test('does not scroll horizontally at 360px', async () => {
    const view = await openPage(browser, baseURL, '/years/2021/', { width: 360, height: 740 })
    try {
      expect(view.response?.status()).toBe(200)
      await view.page.screenshot({ path: fileURLToPath(new URL('years-2021-360.png', TMP)), fullPage: true })
      expect(await hasHorizontalScroll(view.page)).toBe(false)
    } finally {
      await view.close()
    }
  })
})
