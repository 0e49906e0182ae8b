/**
 * Page weight budgets (issue 9), on a real build of a generated corpus: 40 full-length synthetic
 * reports (`npm run corpus -- 40 DIR --seed 3`: five townships with six years each, both table
 * 二 formats, every layout) built in a scratch copy of the project under the base path
 * /gk/nianbao/ (longer links: the stricter case). No page may pass 200 KB, a township page
 * 150 KB; report, source and place pages together stay within a stated number of bytes per
 * report. The township pages keep every figure linked to the source line that holds it.
 * Breakdown and anatomy of a build by hand: `tsx scripts/page-weight.ts DIST --anatomy PAGE`.
 */
import { cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import type { Element, Root } from 'hast'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { writeCorpus } from '../../scripts/corpus/generate.ts'
import type { ManifestEntry } from '../../scripts/corpus/manifest.ts'
import { fileFormats } from '../../scripts/corpus/plan.ts'
import { distWeights, type DistWeights } from '../../scripts/lib/page-kinds.ts'
import { scratchProject, type ScratchProject } from '../support/scratch-project.ts'
import { ROOT } from './global-setup.ts'

const KB = 1024
/**
 * Budgets: any HTML page; a township page (six years at most); report + source + place pages per
 * report. The last leaves 50 KB of the 150 KB per report of issue 9 for the rest (per-report
 * JSON/CSV, originals, bulk data, search index); measured at 92 KB under the base path (bench/PAGE-WEIGHT.md).
 */
const budget = {
  page: 200 * KB,
  township: 150 * KB,
  ownPerReport: 100 * KB,
}
/** The kinds the per-report budget covers (scripts/lib/page-kinds.ts): the pages this budget's owner renders. */
const ownKinds = ['report page', 'source page', 'township page', 'other place pages']
const BASE = '/gk/nianbao/'

let project: ScratchProject | undefined
let dist = ''
let entries: ManifestEntry[] = []
let weights: DistWeights

beforeAll(async () => {
  project = scratchProject('page-weight', { withContent: false })
  entries = writeCorpus(
    { count: 40, seed: '3', years: [2019, 2024], formats: [...fileFormats], faultShare: 0.05 },
    path.join(project.dir, 'content', 'reports'),
  )
  cpSync(path.join(ROOT, 'content', 'places.yaml'), path.join(project.dir, 'content', 'places.yaml'))
  const built = await project.build({ PORTAL_SITE: 'https://www.example-county.gov.cn', PORTAL_BASE: BASE })
  if (built.status !== 0) throw new Error(`page-weight corpus build failed (exit ${built.status}):\n${built.output.slice(-4000)}`)
  dist = path.join(project.dir, 'dist')
  weights = distWeights(dist)
}, 600_000)

afterAll(() => project?.remove())

/** The codes of the corpus's townships with six reports. */
const sixYearTownships = (): string[] => {
  const years = new Map<string, number>()
  for (const e of entries) years.set(e.code, (years.get(e.code) ?? 0) + 1)
  return [...years].filter(([, n]) => n === 6).map(([code]) => code)
}

/** Every element of a tree matching `test`, in document order. */
function elements(node: Root | Element, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) out.push(child)
    elements(child, test, out)
  }
  return out
}

/** The text of a node. */
const textOf = (node: Element): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('')

/** The numbers written in a text (full-width digits read as digits, grouping commas and signs set aside). */
const numbersIn = (text: string): string[] =>
  text
    .replace(/[０-９．，]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .match(/\d[\d,]*(?:\.\d+)?/g)
    ?.map((n) => n.replace(/,/g, '')) ?? []

/** Whether a source line holds the figure shown (0 may be written 无). */
const holds = (line: string, shown: string): boolean => {
  const [figure] = numbersIn(shown)
  return numbersIn(line).includes(figure!) || (figure === '0' && /无/.test(line))
}

describe('page weight', () => {
  test('the corpus has townships with six years (else the township budget tests nothing)', () => {
    expect(sixYearTownships().length).toBeGreaterThanOrEqual(3)
    expect(weights.reports).toBe(40)
  })

  test('no HTML page is over 200 KB', () => {
    const over = weights.files.filter((f) => f.path.endsWith('.html') && f.bytes > budget.page)
    expect(over.map((f) => `${f.path} ${(f.bytes / KB).toFixed(0)} KB`)).toEqual([])
  })

  test('no township page is over 150 KB, six-year ones included', () => {
    const townships = weights.files.filter((f) => f.kind === 'township page')
    for (const code of sixYearTownships()) expect(townships.map((f) => f.path)).toContain(`places/${code}/index.html`)
    const over = townships.filter((f) => f.bytes > budget.township)
    expect(over.map((f) => `${f.path} ${(f.bytes / KB).toFixed(0)} KB`)).toEqual([])
  })

  test('report, source and place pages stay within 100 KB per report', () => {
    const own = weights.kinds.filter((k) => ownKinds.includes(k.kind))
    const perReport = own.reduce((sum, k) => sum + k.bytes, 0) / weights.reports
    const breakdown = weights.kinds.map((k) => `${k.kind}: ${(k.bytes / weights.reports / KB).toFixed(1)} KB per report`)
    console.log(`[page-weight] ${weights.reports} reports\n${breakdown.join('\n')}`)
    expect(perReport, breakdown.join('; ')).toBeLessThanOrEqual(budget.ownPerReport)
  })

  // Per-report JSON/CSV, original files, bulk downloads, compare data and the search index are
  // other work of issue 9; `dist/` ≤ 150 KB per report all in is asserted once they land.
  test.todo('dist/ is at most 150 KB per report, all in')

  test('every figure of a six-year township page links to the source line that holds it', () => {
    const sources = new Map<string, Map<string, string>>()
    /** The lines (by anchor) of a report's source page. */
    const linesOf = (id: string): Map<string, string> => {
      let lines = sources.get(id)
      if (!lines) {
        const tree = fromHtml(readFileSync(path.join(dist, 'reports', id, 'source', 'index.html'), 'utf8'))
        lines = new Map(
          elements(tree, (e) => e.tagName === 'li' && /^L\d+$/.test(String(e.properties.id))).map((e) => [
            String(e.properties.id),
            textOf(e),
          ]),
        )
        sources.set(id, lines)
      }
      return lines
    }
    let checked = 0
    for (const code of sixYearTownships()) {
      const tree = fromHtml(readFileSync(path.join(dist, 'places', code, 'index.html'), 'utf8'))
      const series = elements(tree, (e) => e.tagName === 'section' && String(e.properties.className ?? '').includes('series'))
      expect(series.length).toBeGreaterThanOrEqual(3)
      for (const td of series.flatMap((s) => elements(s, (e) => e.tagName === 'td'))) {
        const text = textOf(td)
        if (text === '无此项') continue
        const [link] = elements(td, (e) => e.tagName === 'a')
        expect(link, `${code}: a figure without a link: ${text}`).toBeDefined()
        const href = String(link!.properties.href)
        const m = new RegExp(`^${BASE}reports/([^/]+)/source/#(L\\d+)$`).exec(href)
        expect(m, `${code}: ${href}`).not.toBeNull()
        const shown = textOf(link!)
        if (shown.startsWith('—')) continue
        const line = linesOf(m![1]!).get(m![2]!) ?? ''
        expect(holds(line, shown), `${code}: ${shown} at ${href}: ${line}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(500)
  })
})
