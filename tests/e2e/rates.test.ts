/**
 * Derived rates on a real build of a generated corpus (`npm run corpus -- 40 DIR --seed 3`: five
 * townships with six years each) under the base path /gk/nianbao/: a township page shows each
 * rate with its fraction and its formula, a fraction instead of a percentage with a small-numbers
 * note where the base is under 10, each denominator linked to the source line that holds it; a
 * year page shows the rates pooled over its reports. Axe finds nothing; 390 px wide fits.
 */
import { cpSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { writeCorpus } from '../../scripts/corpus/generate.ts'
import type { ManifestEntry } from '../../scripts/corpus/manifest.ts'
import { fileFormats } from '../../scripts/corpus/plan.ts'
import { scratchProject, type ScratchProject } from '../support/scratch-project.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'
import { ROOT } from './global-setup.ts'
import { serveStatic, type StaticServer } from './server.ts'

const BASE = '/gk/nianbao/'
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 })

let project: ScratchProject | undefined
let server: StaticServer | undefined
let browser: Browser
let entries: ManifestEntry[] = []

beforeAll(async () => {
  project = scratchProject('rates', { withContent: false })
  entries = writeCorpus(
    { count: 40, seed: '3', years: [2019, 2024], formats: [...fileFormats], faultShare: 0.05 },
    path.join(project.dir, 'content', 'reports'),
  )
  cpSync(path.join(ROOT, 'content', 'places.yaml'), path.join(project.dir, 'content', 'places.yaml'))
  const built = await project.build({ PORTAL_SITE: 'https://www.example-county.gov.cn', PORTAL_BASE: BASE })
  if (built.status !== 0) throw new Error(`rates corpus build failed (exit ${built.status}):\n${built.output.slice(-4000)}`)
  server = await serveStatic(path.join(project.dir, 'dist'), { prefix: BASE })
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  project?.remove()
})

/** The township with the most requests received in one year (a base of 10 or more beside small ones). */
const busiest = (): ManifestEntry => entries.reduce((a, b) => (b.received > a.received ? b : a))

describe('township rates', () => {
  test('each rate with its fraction and formula; under a base of 10 a fraction and 样本较少, never a bare percentage', async () => {
    const { code } = busiest()
    expect(busiest().received).toBeGreaterThanOrEqual(10)
    const view = await openPage(browser, server!.url, `${BASE}places/${code}/`)
    try {
      const { page } = view
      const section = page.locator('section.rates')
      expect(await section.locator('h2').innerText()).toBe('比率')
      const formulas = await section.locator('dl.rate-formulas dt').allInnerTexts()
      expect(formulas).toContain('公开率 = （予以公开 + 部分公开）÷ 三（七）总计')
      expect(formulas).toContain('行政复议纠错率 = 表四 行政复议「结果纠正」÷ 行政复议「总计」')
      expect(await section.locator('tbody th').allInnerTexts()).toEqual([
        '公开率',
        '不予公开率',
        '无法提供率',
        '不予处理率',
        '办结率',
        '行政复议纠错率',
        '行政诉讼纠错率',
      ])
      const cells = section.locator('tbody td')
      const seen = { rate: 0, small: 0, zero: 0 }
      const denominators: string[] = []
      for (let i = 0; i < (await cells.count()); i++) {
        const cell = cells.nth(i)
        const text = (await cell.innerText()).replace(/\s+/g, '')
        const links = cell.locator('.fraction a')
        if ((await links.count()) === 0) continue
        const [n, d] = (await links.allInnerTexts()).map((t) => Number(t.replace(/,/g, '')))
        for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
          expect(href).toMatch(new RegExp(`^${BASE}reports/${code}-\\d{4}/(source/#L\\d+|#table-[34])$`))
        denominators.push((await links.nth(1).getAttribute('href'))!)
        if (d! >= 10) {
          seen.rate++
          expect(text).toBe(`${percent.format(n! / d!)}${n}/${d}`)
        } else if (d! > 0) {
          seen.small++
          expect(text).toBe(`${n}/${d}样本较少`)
        } else {
          seen.zero++
          expect(text).not.toContain('%')
          expect(text).toMatch(/^0\/0本年没有/)
        }
      }
      expect(seen.rate).toBeGreaterThan(0)
      expect(seen.small).toBeGreaterThan(0)
      // A denominator's link leads to the source line that holds it.
      const [first] = denominators.filter((h) => h.includes('/source/#L'))
      const shown = await section.locator(`.fraction a[href="${first}"]`).first().innerText()
      await page.goto(new URL(first!, server!.url).href)
      const line = await page.locator(`li#${first!.split('#')[1]}`).innerText()
      expect(line.match(/\d+/g)).toContain(shown)
      expect(view.errors).toEqual([])
      expect(view.blocked).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('is accessible and fits 390 px', async () => {
    const view = await openPage(browser, server!.url, `${BASE}places/${busiest().code}/`, { width: 390 })
    try {
      expect(await view.page.locator('section.rates table').count()).toBe(1)
      await expectNoAxeViolations(view.page)
      expect(await hasHorizontalScroll(view.page)).toBe(false)
    } finally {
      await view.close()
    }
  })
})

describe('year rates', () => {
  test('a year page pools each rate over its reports, with the fraction and the reports counted', async () => {
    const { year } = busiest()
    const view = await openPage(browser, server!.url, `${BASE}years/${year}/`, { width: 390 })
    try {
      const { page } = view
      const row = page.locator('section.rates tbody tr', { has: page.locator('th', { hasText: /^公开率$/ }) })
      const [rate, fraction, counted] = await row.locator('td').allInnerTexts()
      const [n, d] = fraction!.split('/').map((t) => Number(t.replace(/,/g, '')))
      expect(d).toBeGreaterThanOrEqual(10)
      expect(rate!.trim()).toBe(percent.format(n! / d!))
      expect(counted).toMatch(/^\d+ 份$/)
      expect(await page.locator('section.rates dl.rate-formulas dt').first().innerText()).toBe(
        '公开率 = （予以公开 + 部分公开）÷ 三（七）总计',
      )
      await expectNoAxeViolations(page)
      expect(await hasHorizontalScroll(page)).toBe(false)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })
})
