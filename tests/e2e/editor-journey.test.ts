/**
 * An editor's journey, played for real in a scratch copy of the project (tests/support/scratch-project.ts):
 * 1. a saved web page dropped in with its browser "_files" folder, Thumbs.db and a Word lock file
 *    beside it, plus a text report whose file name says the wrong year: the build publishes both,
 *    names the litter as skipped, and ends with the summary naming the year mismatch and its advice;
 *    the new report has its page, a search hit and its CSV rows;
 * 2. a hollow page (tables lost when saved): the build refuses it, naming file, rule and advice;
 * 3. a corrected edition dropped beside the first: refused as a duplicate whose advice names
 *    supersedes; with supersedes (and a correction with its reason) in the .yaml beside it, it
 *    replaces the first, which is no longer published, and the page marks the corrected value.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scratchProject, type ScratchProject } from '../support/scratch-project.ts'
import { csvObjects } from '../utils/data/parse-csv.ts'
import { launchBrowser, openPage } from './browser.ts'
import { ROOT } from './global-setup.ts'
import { serveStatic, type StaticServer } from './server.ts'

const page2021 = readFileSync(path.join(ROOT, 'tests/fixtures/html-report-2021/input.html'), 'utf8')
const qingshi = readFileSync(path.join(ROOT, 'tests/fixtures/layout-tab-2021/input.txt'), 'utf8')
const id = '330127201000-2021'

let project: ScratchProject
let browser: Browser
const reports = (...names: string[]) => path.join(project.dir, 'content', 'reports', ...names)

/** Build, serve dist/ and run `visit` against it; the server is closed afterwards. */
async function served<T>(visit: (origin: string) => Promise<T>): Promise<T> {
  const server: StaticServer = await serveStatic(path.join(project.dir, 'dist'))
  try {
    return await visit(server.url)
  } finally {
    await server.close()
  }
}

beforeAll(async () => {
  project = scratchProject('editor-journey')
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  project?.remove()
})

describe('an editor publishing reports', { timeout: 300_000 }, () => {
  it('publishes a saved web page dropped in with its litter, and names a year mismatch with its advice', async () => {
    writeFileSync(reports('淳安县金峰乡-2021.html'), page2021)
    mkdirSync(reports('淳安县金峰乡-2021_files'))
    writeFileSync(reports('淳安县金峰乡-2021_files', 'style.css'), 'body{}')
    writeFileSync(reports('淳安县金峰乡-2021_files', 'saved_resource.html'), '<html><body>广告</body></html>')
    writeFileSync(reports('Thumbs.db'), 'x')
    writeFileSync(reports('~$金峰乡.docx'), 'x')
    writeFileSync(reports('集安市青石镇-2020.txt'), qingshi)

    const { status, output } = await project.build()
    expect(status, output.slice(-3000)).toBe(0)
    expect(output).toMatch(/content\/reports\/淳安县金峰乡-2021_files：浏览器“网页，全部”.*已跳过/)
    expect(output).toMatch(/content\/reports\/Thumbs\.db：Windows .*已跳过/)
    expect(output).toMatch(/content\/reports\/~\$金峰乡\.docx：.*已跳过/)
    const summary = output.slice(output.indexOf('本次构建读取的报告'))
    expect(summary).toMatch(/集安市青石镇-2020\.txt  读取方式：文本.*2021 年度.*1 个警告/)
    const check = project.check('content/reports/集安市青石镇-2020.txt')
    expect(check).toMatch(
      /集安市青石镇-2020\.txt:1:1  警告  按标题认定的年度 2021 与文件名中的年份（2020）不一致：请核对，并改正文件名或年度  year-mismatch/,
    )

    await served(async (origin) => {
      const report = await openPage(browser, origin, `/reports/${id}/`)
      expect(report.response?.status()).toBe(200)
      expect(await report.page.title()).toContain('金峰乡')
      await report.close()

      const search = await openPage(browser, origin, `/search/?q=${encodeURIComponent('金峰乡')}`)
      await search.page.waitForFunction(() => document.querySelector('#results')?.getAttribute('aria-busy') === 'false', null, {
        timeout: 15_000,
      })
      const hits = await search.page
        .locator('#results > li h3 a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      expect(hits[0]).toBe(`/reports/${id}/`)
      await search.close()

      const csv = await (await fetch(new URL(`/data/tables/${id}.csv`, origin))).text()
      const rows = csvObjects(csv)
      expect(rows.length).toBeGreaterThan(20)
      expect(rows.find((r) => r['表'] === '表二' && r['项目'] === '行政处罚')).toMatchObject({ 本年处理决定数量: '12' })
    })
  })

  it('refuses a hollow saved page whose tables were lost, naming the file, the rule and the fix', async () => {
    const hollow = page2021
      .replace(/<table[\s\S]*?<\/table>/g, '')
      .replaceAll('金峰乡', '临岐镇')
      .replaceAll('330127201000', '330127102000')
    writeFileSync(reports('淳安县临岐镇-2021.html'), hollow)
    const { status, output } = await project.build()
    rmSync(reports('淳安县临岐镇-2021.html'))
    expect(status).not.toBe(0)
    expect(output).toMatch(
      /content\/reports\/淳安县临岐镇-2021\.html:1:1  错误  表二、表三、表四一张也没有读出来.*noTables: true  no-tables/,
    )
    expect(output).not.toMatch(/Stack trace|Location:/)
  })

  it('refuses a corrected edition dropped beside the first until it says it supersedes it, then publishes only the correction', async () => {
    const corrected = page2021.replace('<td colspan="3"><p align="center">12</p></td>', '<td colspan="3"><p align="center">13</p></td>')
    expect(corrected).not.toBe(page2021)
    writeFileSync(reports('淳安县金峰乡-2021-更正版.html'), corrected)
    const refused = await project.build()
    expect(refused.status).not.toBe(0)
    expect(refused.output).toMatch(/duplicate-report/)
    expect(refused.output).toMatch(/如为更正版（修订版），请删除旧文件，或在更正版的文件头写明 supersedes/)
    expect(refused.output).toContain('supersedes: 淳安县金峰乡-2021.html')

    writeFileSync(
      reports('淳安县金峰乡-2021-更正版.yaml'),
      [
        'supersedes: 淳安县金峰乡-2021.html',
        'sourceUrl: https://www.qdh.gov.cn/art/2022/1/20/art_1229268_1.html',
        'corrections:',
        '  - table: 表二',
        '    row: 行政强制',
        '    column: 本年处理决定数量',
        '    value: 4',
        '    reason: 原网页此格误作 3，以乡政府存档的纸质原件为准',
      ].join('\n'),
    )
    const { status, output } = await project.build()
    expect(status, output.slice(-3000)).toBe(0)
    expect(output).toMatch(/content\/reports\/淳安县金峰乡-2021\.html：已被更正版 .*淳安县金峰乡-2021-更正版\.html 取代/)

    await served(async (origin) => {
      const json = await (await fetch(new URL(`/data/reports/${id}.json`, origin))).json()
      expect(json.source.path).toBe('content/reports/淳安县金峰乡-2021-更正版.html')
      expect(json.supersedes).toBe('淳安县金峰乡-2021.html')
      const cell = (row: string) => json.tables.proactive.cells.find((c: { row: string }) => c.row === row)
      expect(cell('行政处罚').value).toBe(13)
      expect(cell('行政强制')).toMatchObject({ value: 4, raw: '3', corrected: { from: 3 } })

      const report = await openPage(browser, origin, `/reports/${id}/`)
      const text = await report.page.locator('article').innerText()
      expect(text).toContain('更正版，取代 淳安县金峰乡-2021.html')
      expect(text).toContain('已更正')
      expect(text).toContain('原网页此格误作 3，以乡政府存档的纸质原件为准')
      // The quality card counts the correction and links to the 更正说明 section.
      const counted = report.page.getByRole('link', { name: '另有 1 处数值或信息经编辑更正' })
      expect(await counted.getAttribute('href')).toBe('#corrections')
      expect(await report.page.getByRole('link', { name: '官方发布页面' }).getAttribute('href')).toBe(
        'https://www.qdh.gov.cn/art/2022/1/20/art_1229268_1.html',
      )
      expect(report.errors).toEqual([])
      await report.close()
    })
  })
})
