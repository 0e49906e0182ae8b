import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { diagnosticsOf } from '../../../../src/lib/diagnostics/report.ts'
import { parseFileSource, registryOf } from '../../../../src/lib/collection/parse-collection.ts'
import { readerFor } from '../../../../src/lib/read/index.ts'
import { markdownReader } from '../../../../src/lib/read/markdown/reader.ts'
import { parseSource } from '../../../../src/lib/pipeline/index.ts'
import type { LineNode, ReportRecord } from '../../../../src/lib/types.ts'

const { registry } = registryOf('content')

/** Read Markdown text: the line tree, the diagnostics and the source view text. */
async function read(text: string) {
  const file = new VFile({ path: 'report.md' })
  const root = await markdownReader.read(new TextEncoder().encode(text), file)
  return { lines: root!.children, front: root!.data?.front ?? null, diagnostics: diagnosticsOf(file), source: String(file.value) }
}

/** Line, layout and cell texts of the non-blank lines. */
function shape(lines: LineNode[]): Array<[number, string, string[]]> {
  return lines.filter((l) => !l.blank).map((l) => [l.position.start.line, l.layout, l.cells.map((c) => c.text)])
}

/** The `{row, column, value}` cells of each table of a record. */
function cells(record: Pick<ReportRecord, 'tables'>) {
  return Object.fromEntries(
    Object.entries(record.tables).map(([k, t]) => [k, t ? t.cells.map(({ row, column, value }) => ({ row, column, value })) : []]),
  )
}

describe('markdownReader', () => {
  it('takes .md and .markdown files; .txt stays with the text reader', () => {
    expect(readerFor('报告.md')?.name).toBe('markdown')
    expect(readerFor('报告.Markdown')?.name).toBe('markdown')
    expect(readerFor('报告.txt')?.name).toBe('text')
  })

  it('reads headings and paragraphs as one paragraph line per source line, markup gone', async () => {
    const { lines } = await read(
      '# 某乡2021年政府信息公开工作年度报告\n\n## 一、总体情况\n\n**一是**加强领导，落实[《条例》](http://www.gov.cn/x)，\n公开`信息`120 条。\n',
    )
    expect(shape(lines)).toEqual([
      [1, 'paragraph', ['某乡2021年政府信息公开工作年度报告']],
      [3, 'paragraph', ['一、总体情况']],
      [5, 'paragraph', ['一是加强领导，落实《条例》，']],
      [6, 'paragraph', ['公开信息120 条。']],
    ])
    expect(lines[0]!.cells[0]!.column).toBe(3)
    expect(lines[4]!.cells[0]!.column).toBe(3)
  })

  it('reads a GFM table as grid rows with the cells where mdast puts them; the |---| row stays a blank line', async () => {
    const source =
      '二、主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 | 本年废止件数 |\n|---|:---:|---|\n| 规章 | 0 | **1** |\n| 行政许可 \\| 备案 | 3 |\n'
    const { lines } = await read(source)
    expect(shape(lines)).toEqual([
      [1, 'paragraph', ['二、主动公开政府信息情况']],
      [3, 'grid-row', ['信息内容', '本年制发件数', '本年废止件数']],
      [5, 'grid-row', ['规章', '0', '1']],
      [6, 'grid-row', ['行政许可 | 备案', '3']],
    ])
    expect(lines[3]!).toMatchObject({ layout: 'pipe', blank: true })
    const rows = source.split('\n')
    for (const line of lines.filter((l) => l.layout === 'grid-row')) {
      for (const cell of line.cells)
        expect(rows[cell.line - 1]!.slice(cell.column - 1).startsWith(cell.text.slice(0, 2).replace(' |', ' \\'))).toBe(true)
    }
  })

  it('leaves blocks that are text tables, lists and indented text to the text reader (block by block)', async () => {
    const { lines } = await read(
      '## 三、收到和处理政府信息公开申请情况\n规章\t0\t0\n| 行政许可 | 0 |\n\n1. 属于国家秘密 0 0\n- 其他\n\n    行政处罚      51      0\n',
    )
    expect(shape(lines)).toEqual([
      [1, 'paragraph', ['三、收到和处理政府信息公开申请情况']],
      [2, 'tab', ['规章', '0', '0']],
      [3, 'pipe', ['行政许可', '0']],
      [5, 'plain', ['1. 属于国家秘密 0 0']],
      [6, 'plain', ['- 其他']],
      [8, 'spaces', ['行政处罚', '51', '0']],
    ])
  })

  it('keeps the front matter, its diagnostics and the line numbers of the file', async () => {
    const { lines, front, diagnostics } = await read('---\ncounty: 中宁县\nyear: 二〇二一\n---\n# 标题\n正文\n')
    expect(front).toEqual({ county: '中宁县' })
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['front-matter', 3]])
    expect(shape(lines)).toEqual([
      [5, 'paragraph', ['标题']],
      [6, 'paragraph', ['正文']],
    ])
  })

  for (const name of ['layout-pipe', 'layout-pipe-cell-per-line']) {
    it(`reads ${name} (| rows without a |---| row) exactly as the text reader does`, async () => {
      const bytes = readFileSync(`tests/fixtures/${name}/input.md`)
      const asMarkdown = await parseSource(bytes, 'input.md', { registry })
      const asText = await parseSource(bytes, 'input.txt', { registry })
      expect({ ...asMarkdown.record, source: { ...asMarkdown.record.source, path: 'input.txt', reader: 'text' } }).toEqual(asText.record)
      expect(asMarkdown.text).toBe(asText.text)
    })
  }

  it('reads seed 004 written as GFM tables and seed 000 saved as .md with tab tables like their text versions', async () => {
    for (const [name, seed] of [
      ['markdown-gfm', 'seed-004-xutao-2021'],
      ['markdown-tab-export', 'seed-000-halazhigou-2021'],
    ]) {
      const { record } = await parseFileSource(`tests/fixtures/${name}/input.md`, registry)
      const expected = JSON.parse(readFileSync(`tests/fixtures/${seed}/expected.json`, 'utf8')) as ReportRecord
      expect(record.source.reader, name).toBe('markdown')
      expect(cells(record), name).toEqual(cells(expected))
      expect(record.organ.code, name).toBe(expected.organ.code)
    }
  })
})
