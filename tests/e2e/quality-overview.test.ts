/**
 * The quality overview on a real build: the sample reports plus a late 2020 report of 哈拉直沟乡
 * (published 2021-03-15, 43 days after its deadline), built under /gk/nianbao/. The overview
 * counts each check and lists the reports with the most findings, linking to their cards; the
 * findings page, filtered through its URL, lists the right rows; its CSV download lists, report
 * by report, exactly the failed checks each report page shows; the per-province CSV files are
 * there for readers without a script; axe finds nothing and nothing scrolls sideways at 390 px.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { scratchProject, type ScratchProject } from '../support/scratch-project.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'
import { serveStatic, type StaticServer } from './server.ts'

const BASE = '/gk/nianbao/'
const LATE = '630223204000-2020'
const DUIZHEN = '141181100000-2021'

let project: ScratchProject | undefined
let server: StaticServer | undefined
let browser: Browser
let reportIds: string[] = []

beforeAll(async () => {
  project = scratchProject('quality-overview')
  const reports = path.join(project.dir, 'content', 'reports')
  const halazhigou = readFileSync(path.join(reports, '互助县哈拉直沟乡-2021.txt'), 'utf8')
  writeFileSync(
    path.join(reports, '互助县哈拉直沟乡-2020.txt'),
    halazhigou.replaceAll('2021', '2020').replace('2022年1月4日', '2021年3月15日'),
  )
  const built = await project.build({ PORTAL_SITE: 'https://www.xxx.gov.cn', PORTAL_BASE: BASE })
  if (built.status !== 0) throw new Error(`quality overview build failed (exit ${built.status}):\n${built.output.slice(-4000)}`)
  reportIds = readdirSync(path.join(project.dir, 'dist', 'reports')).sort()
  server = await serveStatic(path.join(project.dir, 'dist'), { prefix: BASE })
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  project?.remove()
})

/** CSV text as rows of fields (the portal's CSV: BOM, CRLF; fields quoted only when they hold , " or a line end). */
function csvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const body = text.replace(/^\ufeff/, '')
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') ((field += '"'), i++)
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') (row.push(field), (field = ''))
    else if (ch === '\r' && body[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++)
    else field += ch
  }
  return rows
}

/** The findings table's rows once the page's script has listed them: [report, rule] per row. */
async function listedRows(page: Page): Promise<{ report: string; rule: string }[]> {
  await page
    .locator('#findings-status')
    .filter({ hasText: /处不一致|没有不一致/ })
    .waitFor()
  return page
    .locator('#findings-results tbody tr')
    .evaluateAll((rows) => rows.map((r) => ({ report: r.getAttribute('data-report') ?? '', rule: r.getAttribute('data-rule') ?? '' })))
}

/** The failed checks a report page's quality card shows, as `rule\tsubject`, sorted. */
async function failedOnPage(page: Page): Promise<string[]> {
  const rows = await page.locator('section[aria-labelledby="diagnostics"] .quality-group li.fail').evaluateAll((items) =>
    items.map((li) => {
      const rule = li
        .closest('section')!
        .querySelector('h3')!
        .id.replace(/^diagnostics-/, '')
      const subject = [...li.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join('')
        .trim()
      return `${rule}\t${subject}`
    }),
  )
  return rows.sort()
}

describe('the quality overview', () => {
  test('counts each check, lists the reports with the most findings and the provinces, and is linked from the navigation and the report card', async () => {
    const view = await openPage(browser, server!.url, `${BASE}quality/`)
    try {
      const { page } = view
      expect(view.response?.status()).toBe(200)
      expect(await page.locator('h1').innerText()).toBe('数据质量')
      expect(await page.locator('.site-nav a', { hasText: '数据质量' }).getAttribute('href')).toBe(`${BASE}quality/`)
      const timeliness = page.locator('#check-timeliness td')
      // 6 reports: one late, 3 of the 5 samples state no date.
      expect(await timeliness.allInnerTexts()).toEqual([expect.stringContaining('截止日期'), '2', '1', '3', '1'])
      expect(await page.locator('#check-timeliness td a').getAttribute('href')).toBe(`${BASE}quality/findings/?check=timeliness`)
      const missingTable = await page.locator('#check-missing-table td').allInnerTexts()
      expect(missingTable[2]).toBe('1') // 兑镇镇 2021 has no table 二
      const top = page.locator('.top-reports a')
      expect(await top.count()).toBeGreaterThan(0)
      const hrefs = await top.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      expect(hrefs).toContain(`${BASE}reports/${DUIZHEN}/#diagnostics`)
      expect(hrefs).toContain(`${BASE}reports/${LATE}/#diagnostics`)
      expect(await page.locator('#province-counts').innerText()).toBe('各省份的核对结果')
      expect(await page.locator('table:has(#province-counts) a', { hasText: '山西省' }).getAttribute('href')).toBe(
        `${BASE}quality/findings/?place=14`,
      )
      await expectNoAxeViolations(page)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
    const report = await openPage(browser, server!.url, `${BASE}reports/${DUIZHEN}/`)
    try {
      expect(
        await report.page.locator('section[aria-labelledby="diagnostics"] a', { hasText: '全站各报告的核对结果' }).getAttribute('href'),
      ).toBe(`${BASE}quality/`)
    } finally {
      await report.close()
    }
  })

  test('its CSV download lists, report by report, the failed checks each report page shows', async () => {
    const view = await openPage(browser, server!.url, `${BASE}quality/findings/`)
    let csv: string[][]
    try {
      const { page } = view
      await listedRows(page)
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载筛选结果 CSV' }).click()])
      expect(download.suggestedFilename()).toBe('findings.csv')
      const bytes = await readFile((await download.path())!)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      csv = csvRows(bytes.toString('utf8'))
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
    const [header, ...rows] = csv
    const column = (name: string): number => header!.indexOf(name)
    expect(header).toEqual(
      expect.arrayContaining(['report_id', 'rule_id', 'subject', 'left', 'right', 'difference', 'reason', 'source_line', 'report_page']),
    )
    expect(rows.length).toBeGreaterThan(3)
    expect(reportIds).toHaveLength(6)
    for (const id of reportIds) {
      const fromCsv = rows
        .filter((r) => r[column('report_id')] === id)
        .map((r) => `${r[column('rule_id')]}\t${r[column('subject')]}`)
        .sort()
      const report = await openPage(browser, server!.url, `${BASE}reports/${id}/`)
      try {
        expect(fromCsv, id).toEqual(await failedOnPage(report.page))
      } finally {
        await report.close()
      }
    }
    const late = rows.find((r) => r[column('report_id')] === LATE && r[column('rule_id')] === 'timeliness')!
    expect([late[column('difference')], late[column('report_page')], late[column('province')], late[column('county')]]).toEqual([
      '43',
      `${BASE}reports/${LATE}/`,
      '青海省',
      '互助土族自治县',
    ])
  })

  test('filters by check and by place through its URL, and the form shows the filter', async () => {
    const byCheck = await openPage(browser, server!.url, `${BASE}quality/findings/?check=timeliness`)
    try {
      const rows = await listedRows(byCheck.page)
      expect(rows).toEqual([{ report: LATE, rule: 'timeliness' }])
      expect(await byCheck.page.locator('#f-check').inputValue()).toBe('timeliness')
      expect(await byCheck.page.locator('#findings-status').innerText()).toContain('核对项「按时发布」：1 份报告共 1 处不一致')
    } finally {
      await byCheck.close()
    }
    const byCounty = await openPage(browser, server!.url, `${BASE}quality/findings/?place=141181`)
    try {
      const { page } = byCounty
      const rows = await listedRows(page)
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.every((r) => r.report === DUIZHEN)).toBe(true)
      expect(rows.map((r) => r.rule)).toContain('missing-table')
      expect(await page.locator('#f-province').inputValue()).toBe('14')
      expect(await page.locator('#f-below').inputValue()).toBe('141181')
      // Choosing a year keeps the place and puts all three in the address.
      await page.locator('#f-year').selectOption('2020')
      await page.locator('#findings-status').filter({ hasText: '没有不一致之处' }).waitFor()
      expect(new URL(page.url()).search).toBe('?place=141181&year=2020')
      await page.goBack()
      expect(await listedRows(page)).toEqual(rows)
      await expectNoAxeViolations(page)
      expect(byCounty.errors).toEqual([])
    } finally {
      await byCounty.close()
    }
    const byProvinceAndCheck = await openPage(browser, server!.url, `${BASE}quality/findings/?check=timeliness&place=63&year=2021`)
    try {
      expect(await listedRows(byProvinceAndCheck.page)).toEqual([])
    } finally {
      await byProvinceAndCheck.close()
    }
  })

  test('links a CSV per province and year for readers without a script, each the same rows', async () => {
    const view = await openPage(browser, server!.url, `${BASE}quality/findings/`)
    try {
      const links = await view.page
        .locator('#findings-files ~ * a[download], section:has(#findings-files) a[download]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
      expect(links).toContain(`${BASE}quality/data/63/2020.csv`)
      const response = await fetch(new URL(`${BASE}quality/data/63/2020.csv`, server!.url))
      expect(response.status).toBe(200)
      const rows = csvRows(await response.text())
      expect(rows.slice(1).map((r) => [r[0], r[6]])).toEqual(expect.arrayContaining([[LATE, 'timeliness']]))
    } finally {
      await view.close()
    }
  })

  test('fits 390 px without scrolling sideways', async () => {
    for (const address of [`${BASE}quality/`, `${BASE}quality/findings/?place=14`]) {
      const view = await openPage(browser, server!.url, address, { width: 390 })
      try {
        if (address.includes('findings')) await listedRows(view.page)
        expect(await hasHorizontalScroll(view.page), address).toBe(false)
      } finally {
        await view.close()
      }
    }
  })
})
