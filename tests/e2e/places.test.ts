/**
 * Home and place pages of the built site: the place tree, county and township pages, values
 * linked to their source lines, accessibility and small screens. Runs against dist/ served by
 * ./global-setup.ts.
 */
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser } from 'playwright-core'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
const TMP = new URL('./.tmp/', import.meta.url)
const XUTAO = '/places/640521205000/'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(TMP, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

describe('home page', () => {
  test('shows the counts, the latest reports, a search form and ways to browse', async () => {
    const view = await openPage(browser, baseURL, '/')
    try {
      const { page } = view
      const counts = await page.locator('#counts + dl').innerText()
      expect(counts).toMatch(/报告\s*5 份/)
      expect(counts).toMatch(/乡镇\s*5 个/)
      expect(counts).toMatch(/年度\s*2 个/)
      const latest = page.locator('#latest + ol a')
      expect(await latest.count()).toBe(5)
      expect(await latest.first().getAttribute('href')).toMatch(/^\/reports\/\d{12}-2021\/$/)
      const form = page.locator('form[role="search"]')
      expect(await form.getAttribute('action')).toBe('/search/')
      expect(await form.getAttribute('method')).toBe('get')
      expect(await form.locator('input[name="q"]').count()).toBe(1)
      expect(await page.locator('#by-place ~ ul a').count()).toBe(5)
      expect(await page.locator('#by-year ~ ul a').allInnerTexts()).toEqual(['2021 年度', '2020 年度'])
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })
})

describe('place tree', () => {
  test('lists 青海省 › 海东市 › 互助土族自治县 › 哈拉直沟乡 as nested lists with counts', async () => {
    const view = await openPage(browser, baseURL, '/places/')
    try {
      const { page } = view
      const path = ['青海省', '海东市', '互助土族自治县', '哈拉直沟乡']
      // Each name is the link of a list item nested inside the item of the name before it.
      const selector = path.map((name) => `li:has(> a:text-is("${name}"))`).join(' ')
      const item = page.locator(`nav[aria-label="地区目录"] ${selector}`)
      expect(await item.count()).toBe(1)
      expect(await item.locator('> a').getAttribute('href')).toBe('/places/630223204000/')
      expect(await item.innerText()).toContain('1 份报告')
      expect(await page.locator('nav[aria-label="地区目录"] > ul > li').count()).toBe(5)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })
})

describe('county page', () => {
  test('乌苏市 (654202) shows breadcrumbs, its township and the township report', async () => {
    const view = await openPage(browser, baseURL, '/places/654202/')
    try {
      const { page } = view
      expect(view.response?.status()).toBe(200)
      expect(await page.locator('h1').innerText()).toBe('乌苏市')
      expect(await page.locator('nav[aria-label="位置"] li').allInnerTexts()).toEqual([
        '全部地区',
        '新疆维吾尔自治区',
        '塔城地区',
        '乌苏市',
      ])
      expect(await page.locator('#children ~ ul a').getAttribute('href')).toBe('/places/654202205000/')
      const reports = page.locator('#reports ~ .table-wrap tbody tr')
      expect(await reports.count()).toBe(1)
      expect(await reports.locator('a[href="/reports/654202205000-2020/"]').count()).toBe(1)
      expect(await reports.innerText()).toContain('吉尔格勒特郭楞蒙古民族乡')
    } finally {
      await view.close()
    }
  })
})

describe('township page', () => {
  test('徐套乡 shows 行政处罚 51 linked to its source line, in a one-year series with a note; table 三 by its 总计 column', async () => {
    const view = await openPage(browser, baseURL, XUTAO)
    try {
      const { page } = view
      expect(await page.locator('h1').innerText()).toBe('徐套乡')
      expect(await page.locator('.note').innerText()).toContain('随着更多年度的报告加入')
      const table = page.locator('section.series', { has: page.locator('h3', { hasText: '表二 主动公开政府信息情况（2021 格式）' }) })
      expect(await table.locator('thead th').allInnerTexts()).toEqual(['项目', '栏目', '2021年'])
      const row = table.locator('tbody', { has: page.locator('th', { hasText: '行政处罚' }) }).locator('tr')
      const link = row.locator('td a')
      expect(await link.getAttribute('href')).toBe('/reports/640521205000-2021/source/#L51')
      expect((await link.textContent())?.startsWith('51')).toBe(true)
      // The 2019 table 二 does not appear: nothing is relabelled between formats.
      expect(await page.locator('h3', { hasText: '2019 格式' }).count()).toBe(0)
      // Table 三 shows its 总计 column only, each figure linked to its line; the column head
      // links to the report's own table 三, which has the split by applicant.
      const requests = page.locator('section.series', { has: page.locator('h3', { hasText: '表三' }) })
      expect(await requests.locator('thead th').allInnerTexts()).toEqual(['项目', '2021年'])
      expect(await requests.locator('thead a').getAttribute('href')).toBe('/reports/640521205000-2021/#table-3')
      expect(await requests.innerText()).not.toContain('法律服务机构')
      const carried = requests.locator('tr', { has: page.locator('th', { hasText: '结转下年度继续办理' }) })
      expect(await carried.locator('td a').getAttribute('href')).toBe('/reports/640521205000-2021/source/#L87')
      expect(await carried.locator('td').innerText()).toBe('0')
      // Trend charts: one image each, named by its caption and a description of its values; the
      // drawn texts hidden from assistive technology; the values with their source lines in the
      // series table the chart links to (not repeated in a data table of its own).
      const charts = page.locator('figure.trend')
      expect(await charts.count()).toBe(5)
      const penalties = page.getByRole('img', { name: /行政处罚.*2021年 51$/ })
      expect(await penalties.count()).toBe(1)
      expect(await page.locator('figure.trend svg text:not([aria-hidden="true"] text)').count()).toBe(0)
      expect(await charts.locator('details').count()).toBe(0)
      const tableLink = charts.last().getByRole('link')
      expect(await tableLink.innerText()).toBe('表二 主动公开政府信息情况（2021 格式）')
      const tableId = (await tableLink.getAttribute('href'))!.slice(1)
      expect(await page.locator(`[id="${tableId}"]`).innerText()).toBe('表二 主动公开政府信息情况（2021 格式）')
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(new URL(XUTAO, baseURL).href)
      // In the series table (the trend chart links to it).
      expect(await page.locator('section.series a[href="/reports/640521205000-2021/source/#L51"]').count()).toBe(1)
      expect(await page.locator('figure.trend a[href^="#table-"]').count()).toBe(5)
    } finally {
      await context.close()
    }
  })
})

describe('accessibility and small screens', () => {
  const pages = ['/', '/places/', '/places/63/', '/places/654202/', XUTAO]

  test.each(pages)('%s has no axe-core violations', async (path) => {
    const view = await openPage(browser, baseURL, path)
    try {
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })

  test.each(pages)('%s does not scroll horizontally at 360px', async (path) => {
    const view = await openPage(browser, baseURL, path, { width: 360, height: 740 })
    try {
      expect(view.response?.status()).toBe(200)
      const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-')
      await view.page.screenshot({ path: fileURLToPath(new URL(`${name}-360.png`, TMP)), fullPage: true })
      expect(await hasHorizontalScroll(view.page)).toBe(false)
    } finally {
      await view.close()
    }
  })
})
