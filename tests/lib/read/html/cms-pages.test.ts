/**
 * Web pages as CMSs publish them (tests/fixtures/html-* and mht-* made from the seed reports):
 * the tables hold the same cells as the seed's text version, the publication date is found,
 * and every cell points at its text in the source view.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseFileSource, registryOf } from '../../../../src/lib/collection/parse-collection.ts'
import { normaliseText } from '../../../../src/lib/read/decode.ts'
import { readerFor } from '../../../../src/lib/read/index.ts'
import type { ReportRecord } from '../../../../src/lib/types.ts'

const fixtures = 'tests/fixtures'
const { registry } = registryOf('content')

/** The seed fixture of each seed number named in a page fixture's README. */
const seeds: Record<string, string> = {
  '000': 'seed-000-halazhigou-2021',
  '001': 'seed-001-fengshan-2020',
  '002': 'seed-002-duizhen-2021',
  '003': 'seed-003-jiergelete-2020',
  '004': 'seed-004-xutao-2021',
}

/** The publication date: the date the report is signed with (under its last section), else the page's 发布日期/发布时间 line. */
const published: Record<string, string> = {
  'html-gbk-meta': '2022-01-04',
  'html-hanweb': '2021-01-22',
  'html-one-line-fragment': '2022-01-04',
  'html-split-table': '2022-01-18',
  'html-split-table-repeated-header': '2022-01-18',
  'html-trs-editor': '2022-01-18',
  'html-ueditor': '2021-01-25',
  'html-word-paste': '2022-01-26',
  'mht-seed-000': '2022-01-04',
}

/** Pages whose cells still differ from the seed because of a later stage, with the reason (none now). */
const knownDifferences: Record<string, string> = {}

/** The page fixtures made from a seed, with that seed's folder. */
const pages = readdirSync(fixtures)
  .filter((name) => /^(?:html|mht)-/.test(name))
  .map((name) => ({ name, seed: /seed (\d{3})/.exec(readText(join(fixtures, name, 'README.md')))?.[1] }))
  .filter((p): p is { name: string; seed: string } => p.seed !== undefined)

/** A file's text, or '' when it does not exist. */
function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

/** The input file of a fixture folder. */
function inputOf(name: string): string {
  return join(
    fixtures,
    name,
    readdirSync(join(fixtures, name)).find((f) => f.startsWith('input.'))!,
  )
}

/** The `{row, column, value}` cells of each table of a record. */
function cells(record: Pick<ReportRecord, 'tables'>): Record<string, Array<{ row: string; column: string; value: number | null }>> {
  const out: Record<string, Array<{ row: string; column: string; value: number | null }>> = {}
  for (const [key, table] of Object.entries(record.tables))
    out[key] = table ? table.cells.map(({ row, column, value }) => ({ row, column, value })) : []
  return out
}

describe('CMS web pages read like the text of the same report', () => {
  it('has page fixtures for every kind of page', () => {
    expect(pages.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'html-trs-editor',
        'html-one-line-fragment',
        'html-gbk-meta',
        'html-split-table',
        'mht-seed-000',
        'html-hanweb',
        'html-ueditor',
        'html-word-paste',
      ]),
    )
  })
  for (const { name, seed } of pages) {
    const expected = JSON.parse(readFileSync(join(fixtures, seeds[seed]!, 'expected.json'), 'utf8')) as ReportRecord
    const same = knownDifferences[name] ? it.fails : it
    same(
      `${name}: the tables hold seed ${seed}'s cells${knownDifferences[name] ? ` (not yet: ${knownDifferences[name]})` : ''}`,
      async () => {
        const { record } = await parseFileSource(inputOf(name), registry)
        expect(cells(record)).toEqual(cells(expected))
      },
    )
    it(`${name}: organ, year and place are the seed's, the publication date the page's`, async () => {
      const { record } = await parseFileSource(inputOf(name), registry)
      expect(record.organ.code).toBe(expected.organ.code)
      expect(record.year).toBe(expected.year)
      expect(record.publishedOn).toBe(published[name])
    })
    it(`${name}: every cell points at its text in the source view`, async () => {
      const path = inputOf(name)
      const file = new VFile({ path })
      const root = await readerFor(path)!.read(new Uint8Array(readFileSync(path)), file)
      const source = String(file.value).split(/\r\n|\r|\n/)
      let checked = 0
      for (const line of root!.children) {
        for (const cell of line.cells.filter((c) => c.text !== '')) {
          const at = source[cell.line - 1]!.slice(cell.column - 1)
          if (at.startsWith('&')) continue
          expect(normaliseText([...at][0]!), `${cell.text} at ${cell.line}:${cell.column}`).toBe([...cell.text][0])
          checked++
        }
      }
      expect(checked).toBeGreaterThan(100)
    })
  }
})

describe('site chrome around the article', () => {
  it('no two report lines share a source line, so every number links to a line of its own', async () => {
    for (const { name } of pages) {
      const path = inputOf(name)
      const file = new VFile({ path })
      const root = await readerFor(path)!.read(new Uint8Array(readFileSync(path)), file)
      const starts = root!.children.map((l) => l.position.start.line)
      const source = String(file.value).split(/\r\n|\r|\n/)
      const shared = starts.filter((n, i) => starts.indexOf(n) !== i && source[n - 1]!.length > 200)
      expect(shared, name).toEqual([])
    }
  })
  it("leaves out link lists (menus, 相关链接 naming other townships' reports)", async () => {
    const path = inputOf('html-hanweb')
    const file = new VFile({ path })
    const root = await readerFor(path)!.read(new Uint8Array(readFileSync(path)), file)
    const texts = root!.children.map((l) => l.text)
    expect(texts.some((t) => t.includes('果园乡'))).toBe(false)
    expect(String(file.value)).toContain('东乡县果园乡2020年政府信息公开工作年度报告')
    expect(texts).toContain('东乡县凤山乡2020年政府信息公开工作年度报告')
  })
})
