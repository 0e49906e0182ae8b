/**
 * The coverage and timeliness matrix on a real build: the five sample reports, one of them also
 * as a 2020 report published on 2021-03-15 (43 days after its deadline), and a 2019 report with
 * no statistical table (noTables), built under /gk/nianbao/. A county matrix marks the late
 * report and links to it; missing township-years are marked in words; the summaries count the
 * same and link down to the matrices; place pages, the home page and the navigation link to it;
 * the CSV says what the page says. Axe finds nothing; at 390 px the township names stay in view
 * while the years scroll.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { unwrapExcelText } from '../../src/utils/data/excel-text.ts'
import { scratchProject, type ScratchProject } from '../support/scratch-project.ts'
import { parseCsv } from '../utils/data/parse-csv.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'
import { serveStatic, type StaticServer } from './server.ts'

const BASE = '/gk/nianbao/'
const HUZHU = `${BASE}coverage/county/630223/`
const LATE = '630223204000-2020'

/** A 2019 report of 凤山乡 without statistical tables, dated 2020-03-02 (31 days late). */
const noTables = `---
noTables: true
county: 东乡族自治县
---
凤山乡人民政府2019年政府信息公开工作年度报告

一、总体情况
2019年，凤山乡人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，推进政务公开工作。

二、主动公开政府信息情况
本年度通过政府网站和公开栏主动公开政府信息。

三、收到和处理政府信息公开申请情况
本年度未收到政府信息公开申请。

四、政府信息公开行政复议、行政诉讼情况
本年度未发生政府信息公开行政复议、行政诉讼。

五、存在的主要问题及改进情况
公开内容还不够全面，下一步将加以改进。

六、其他需要报告的事项
无。

凤山乡人民政府
2020年3月2日
`

let project: ScratchProject | undefined
let server: StaticServer | undefined
let browser: Browser

beforeAll(async () => {
  project = scratchProject('coverage')
  const reports = path.join(project.dir, 'content', 'reports')
  const halazhigou = readFileSync(path.join(reports, '互助县哈拉直沟乡-2021.txt'), 'utf8')
  writeFileSync(
    path.join(reports, '互助县哈拉直沟乡-2020.txt'),
    halazhigou.replaceAll('2021', '2020').replace('2022年1月4日', '2021年3月15日'),
  )
  writeFileSync(path.join(reports, '东乡县凤山乡-2019.txt'), noTables)
  const built = await project.build({ PORTAL_SITE: 'https://www.xxx.gov.cn', PORTAL_BASE: BASE })
  if (built.status !== 0) throw new Error(`coverage build failed (exit ${built.status}):\n${built.output.slice(-4000)}`)
  server = await serveStatic(path.join(project.dir, 'dist'), { prefix: BASE })
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  project?.remove()
})

describe('a county matrix', () => {
  test('marks the late report in words, links to it, and the report says the same', async () => {
    const view = await openPage(browser, server!.url, HUZHU)
    try {
      const { page } = view
      expect(view.response?.status()).toBe(200)
      expect(await page.locator('h1').innerText()).toBe('互助土族自治县报告发布情况')
      expect(await page.locator('.coverage-matrix thead th').allInnerTexts()).toEqual(['乡镇', '2020年', '2021年'])
      const row = page.locator('.coverage-matrix tbody tr', { has: page.locator('th a', { hasText: '哈拉直沟乡' }) })
      const cells = row.locator('td')
      expect((await cells.nth(0).innerText()).trim()).toBe('! 逾期 43 天')
      expect(await cells.nth(0).getAttribute('class')).toBe('s-late')
      expect((await cells.nth(1).innerText()).trim()).toBe('✓ 按时')
      expect(await row.locator('th a').getAttribute('href')).toBe(`${BASE}places/630223204000/`)
      // The county's other townships (from the division list) are there, missing, without links.
      const rows = await page.locator('.coverage-matrix tbody tr').count()
      expect(rows).toBeGreaterThan(10)
      const missing = page.locator('.coverage-matrix td.s-missing')
      expect(await missing.count()).toBe(2 * rows - 2)
      expect((await missing.first().innerText()).trim()).toBe('— 缺失')
      expect(await page.locator('.coverage-matrix tbody th a').count()).toBe(1)
      // The deadline rule of the build is stated.
      expect(await page.locator('.coverage-legend').innerText()).toContain('报告年度次年 1 月 31 日前（含当日）')
      expect(await page.locator('.lead').innerText()).toContain('共 2 份报告：按时 1 份，逾期 1 份')
      await cells.nth(0).locator('a').click()
      await page.waitForURL(`**${BASE}reports/${LATE}/`)
      expect(await page.locator('main').innerText()).toContain('2021年3月15日（逾期 43 天）')
      expect(view.errors).toEqual([])
      expect(view.blocked).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('marks a report without tables as such, keeping whether it was late', async () => {
    const view = await openPage(browser, server!.url, `${BASE}coverage/county/622926/`)
    try {
      const { page } = view
      expect(await page.locator('.coverage-matrix thead th').allInnerTexts()).toEqual(['乡镇', '2019年', '2020年'])
      const row = page.locator('.coverage-matrix tbody tr', { has: page.locator('th a', { hasText: '凤山乡' }) })
      expect((await row.locator('td').nth(0).innerText()).trim()).toBe('✕ 未读出表格（逾期 31 天）')
      expect(await row.locator('td a').first().getAttribute('href')).toBe(`${BASE}reports/622926214000-2019/`)
      expect((await row.locator('td').nth(1).innerText()).trim()).toBe('✓ 按时')
    } finally {
      await view.close()
    }
  })

  test('has a CSV that says what the page says', async () => {
    const response = await fetch(new URL(`${BASE}coverage/county/630223.csv`, server!.url))
    expect(response.status).toBe(200)
    const lines = (await response.text())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe(
      'province,prefecture,county,township,code,year,status,status_label,days_late,published_on,deadline,report_id,report_path',
    )
    expect(lines).toContain(
      `青海省,海东市,互助土族自治县,哈拉直沟乡,630223204000,2020,late,逾期 43 天,43,2021-03-15,2021-01-31,${LATE},${BASE}reports/${LATE}/`,
    )
    expect(lines.filter((l) => l.includes(',missing,'))).toHaveLength(lines.length - 3)
  })

  test('has a CSV for Excel, linked from the page: a row per township, a column per year', async () => {
    const view = await openPage(browser, server!.url, HUZHU)
    let href: string | null
    try {
      href = await view.page.getByRole('link', { name: '表格（Excel 友好）' }).getAttribute('href')
    } finally {
      await view.close()
    }
    expect(href).toBe(`${BASE}coverage/county/630223-excel.csv`)
    const response = await fetch(new URL(href!, server!.url))
    expect(response.status).toBe(200)
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\ufeff/, ''))
    expect(header!.slice(0, 5)).toEqual(['省', '地', '县', '乡镇', '区划代码'])
    const haraZhigou = rows.find((r) => r[3] === '哈拉直沟乡')!
    expect(unwrapExcelText(haraZhigou[4]!)).toBe('630223204000')
    expect(haraZhigou[header!.indexOf('2020年')]).toBe('逾期 43 天')
  })

  test('passes axe, and at 390 px scrolls the years while the township names stay in view', async () => {
    const view = await openPage(browser, server!.url, `${BASE}coverage/county/622926/`, { width: 390, height: 800 })
    try {
      const { page } = view
      await expectNoAxeViolations(page)
      expect(await hasHorizontalScroll(page)).toBe(false)
      const wrap = page.locator('.coverage-matrix')
      expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
      const name = page.locator('.coverage-matrix tbody th').first()
      const cell = page.locator('.coverage-matrix tbody td').first()
      const [nameBefore, cellBefore] = [await name.boundingBox(), await cell.boundingBox()]
      await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth))
      // Sticky within half a pixel (the collapsed border), while the years have moved.
      const nameAfter = (await name.boundingBox())!
      expect(Math.abs(nameAfter.x - nameBefore!.x)).toBeLessThanOrEqual(1)
      expect((await cell.boundingBox())!.x).toBeLessThan(cellBefore!.x)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })
})

describe('the summaries', () => {
  test('count per status and link down from the nation to the county matrix', async () => {
    const view = await openPage(browser, server!.url, `${BASE}coverage/`)
    try {
      const { page } = view
      expect(await page.locator('h1').innerText()).toBe('报告发布情况')
      const qinghai = page.locator('.coverage-counts tbody tr', { has: page.locator('th a', { hasText: '青海省' }) })
      // 乡镇, then 按时, 逾期, 未注明日期, 未读出表格, 缺失, 报告.
      const figures = await qinghai.locator('td').allInnerTexts()
      expect(figures.slice(1, 5)).toEqual(['1', '1', '0', '0'])
      expect(figures[6]).toBe('2')
      await expectNoAxeViolations(page)
      await qinghai.locator('th a').click()
      await page.waitForURL(`**${BASE}coverage/63/`)
      await page.locator('.coverage-counts th a', { hasText: '海东市' }).click()
      await page.waitForURL(`**${BASE}coverage/6302/`)
      await page.locator('.coverage-counts th a', { hasText: '互助土族自治县' }).click()
      await page.waitForURL(`**${HUZHU}`)
      expect(await page.locator('nav[aria-label="位置"] a').allInnerTexts()).toEqual(['报告发布情况', '青海省', '海东市'])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('have a CSV of every level whose counts match the pages', async () => {
    const response = await fetch(new URL(`${BASE}coverage/summary.csv`, server!.url))
    const lines = (await response.text())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe('level,key,name,parent_key,year,townships,on-time,late,unknown,unreadable,missing,reports')
    expect(lines.find((l) => l.startsWith('county,630223,'))).toMatch(/^county,630223,互助土族自治县,6302,,\d+,1,1,0,0,\d+,2$/)
    expect(lines.find((l) => l.startsWith('nation,,全国,,,'))).toMatch(/^nation,,全国,,,\d+,2,1,3,1,\d+,7$/)
  })

  test('are linked from the navigation, the home page and the place pages', async () => {
    const view = await openPage(browser, server!.url, BASE)
    try {
      const { page } = view
      expect(await page.locator('nav.site-nav a', { hasText: '发布情况' }).getAttribute('href')).toBe(`${BASE}coverage/`)
      expect(await page.locator('main a', { hasText: '各地报告是否按时发布' }).getAttribute('href')).toBe(`${BASE}coverage/`)
      for (const [place, href] of [
        ['places/630223/', HUZHU],
        ['places/6302/', `${BASE}coverage/6302/`],
        ['places/63/', `${BASE}coverage/63/`],
        ['places/630223204000/', HUZHU],
      ]) {
        await page.goto(new URL(`${BASE}${place}`, server!.url).href)
        expect(await page.locator('main a', { hasText: '报告是否按时发布' }).getAttribute('href'), place).toBe(href)
      }
    } finally {
      await view.close()
    }
  })
})
