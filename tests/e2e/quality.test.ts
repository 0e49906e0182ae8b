/**
 * The quality card of report pages in the built site (dist/, served by ./global-setup.ts): the
 * summary at the top, every check on the card with its link to the source line, the five sample
 * reports' real findings, the per-report quality CSV, accessibility and a 390 px screen.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser } from 'playwright-core'
import type { ReportRecord } from '../../src/lib/types.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
const XUTAO = '640521205000-2021'
const DUIZHEN = '141181100000-2021'
const SEEDS = [XUTAO, DUIZHEN, '630223204000-2021', '622926214000-2020', '654202205000-2020']

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
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

describe('quality card', () => {
  test.each(SEEDS)('%s shows its card: a summary at the top counting every check, and each check on the card', async (id) => {
    const record = await recordOf(id)
    expect(record.quality.length).toBeGreaterThan(0)
    const view = await openPage(browser, baseURL, `/reports/${id}/`)
    try {
      const { page } = view
      expect(view.errors).toEqual([])
      const summary = (await page.locator('.quality-summary').innerText()).replace(/\s+/g, '')
      // The record's checks plus the timeliness row, computed by the page.
      expect(summary).toContain(`${record.quality.length + 1}项核对`)
      const card = page.locator('#diagnostics').locator('xpath=..')
      expect(await card.locator('.quality-group li').count()).toBe(record.quality.length + 1)
      // Each check pointing at a line links to that line of the source view.
      for (const check of record.quality.filter((c) => c.status !== 'pass' && c.line !== null).slice(0, 5)) {
        const link = card.locator(`.quality-group li:not(.pass) a[href="source/#L${check.line}"]`)
        expect(await link.count()).toBeGreaterThan(0)
      }
      // No diagnostic is lost: each is on the card (a failed check) or in the list below it.
      const text = await card.innerText()
      for (const d of record.diagnostics) expect(text).toContain(d.message.slice(0, 30))
    } finally {
      await view.close()
    }
  })

  test('shows the sample reports’ real findings', async () => {
    const texts: Record<string, string> = {}
    for (const id of SEEDS) {
      const view = await openPage(browser, baseURL, `/reports/${id}/`)
      texts[id] = await view.page.locator('#diagnostics').locator('xpath=..').innerText()
      await view.close()
    }
    // 兑镇镇 2021 has no table 二.
    expect(texts[DUIZHEN]).toMatch(/不一致\s*表二「主动公开政府信息情况」/)
    // 徐套乡 2021: a row with a cell missing (结转下年度继续办理 × 法律服务机构): counted, and the column's balance not evaluable.
    expect(texts[XUTAO]).toContain('表三有 1 个单元格未填报')
    expect(texts[XUTAO]).toMatch(/无法核对\s*表三「法律服务机构」列/)
    // 3 of the 5 state no publication date.
    expect(Object.values(texts).filter((t) => t.includes('报告未注明发布日期'))).toHaveLength(3)
  })

  test('is accessible and fits a 390 px screen with its passed checks unfolded', async () => {
    for (const id of [XUTAO, DUIZHEN]) {
      const view = await openPage(browser, baseURL, `/reports/${id}/`, { width: 390, height: 844 })
      try {
        await view.page.evaluate(() => document.querySelectorAll('.quality-group details').forEach((d) => d.setAttribute('open', '')))
        await expectNoAxeViolations(view.page)
        expect(await hasHorizontalScroll(view.page)).toBe(false)
      } finally {
        await view.close()
      }
    }
  })

  test('offers every check of the card in the JSON record the downloads link to', async () => {
    const record = await recordOf(XUTAO)
    expect(record.quality.length).toBeGreaterThan(40)
    expect(record.quality.find((c) => c.ruleId === 'request-balance')).toMatchObject({ formula: expect.any(String), status: 'pass' })
    const view = await openPage(browser, baseURL, `/reports/${XUTAO}/`)
    try {
      const item = view.page.locator('#downloads ~ ul li', { has: view.page.locator(`a[href$="/data/reports/${XUTAO}.json"]`) })
      expect(await item.count()).toBe(1)
      expect(await item.textContent()).toContain('quality：每一项核对')
    } finally {
      await view.close()
    }
  })
})
