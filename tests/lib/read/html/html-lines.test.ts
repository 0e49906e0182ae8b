import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../../../../src/lib/read/decode.ts'
import { htmlLines } from '../../../../src/lib/read/html/lines.ts'
import type { LineNode } from '../../../../src/lib/types.ts'

const root = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures')
const shared = join(fileURLToPath(new URL('.', import.meta.url)), '../../../fixtures')
/** Each case's folder: its own fixtures here, and shared-corpus pages that hold an `expected-lines.json`. */
const folders = new Map<string, { dir: string; expected: string }>([
  ...readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => [d.name, { dir: join(root, d.name), expected: 'expected.json' }] as const),
  ...readdirSync(shared)
    .filter((name) => existsSync(join(shared, name, 'expected-lines.json')))
    .map((name) => [name, { dir: join(shared, name), expected: 'expected-lines.json' }] as const),
])
const cases = [...folders.keys()]
const read = (name: string): string => readFileSync(join(folders.get(name)!.dir, 'input.html'), 'utf8')

/** The expected.json shape of a result. */
function shape(lines: LineNode[]): Array<{ line: number; layout: string; cells: string[] }> {
  return lines.map((l) => ({ line: l.position.start.line, layout: l.layout, cells: l.cells.map((c) => c.text) }))
}

/** Check that every non-empty cell points at the source character its text starts with. */
function expectTraceable(html: string, lines: LineNode[]): void {
  const source = html.split(/\r\n|\r|\n/)
  for (const node of lines) {
    expect(node.text).toBe(node.cells.map((c) => c.text).join('\t'))
    expect(node.blank).toBe(node.cells.every((c) => c.text === ''))
    for (const cell of node.cells.filter((c) => c.text !== '')) {
      const at = source[cell.line - 1]!.slice(cell.column - 1)
      if (at.startsWith('&')) continue
      expect(normaliseText([...at][0]!), `${cell.text} at ${cell.line}:${cell.column}`).toBe([...cell.text][0])
    }
  }
}

describe('htmlLines fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const html = read(name)
      const expected = JSON.parse(readFileSync(join(folders.get(name)!.dir, folders.get(name)!.expected), 'utf8'))
      const out = htmlLines(html)
      expect(out.title).toBe(expected.title)
      expect(shape(out.lines)).toEqual(expected.lines)
      expectTraceable(html, out.lines)
    })
  }
})

describe('htmlLines positions', () => {
  it('points past &nbsp; entities to the first visible character', () => {
    const row = htmlLines(read('nbsp-blanks')).lines[0]!
    expect(row.cells[2]).toEqual({ text: '3', line: 2, column: 47 })
  })
  it('counts CRLF and lone CR line breaks like the source file', () => {
    const out = htmlLines('<p>一</p>\r\n<table>\r\n<tr><td>\r\n  规章</td><td>1</td></tr>\r</table>\r\n<p>二</p>')
    expect(shape(out.lines)).toEqual([
      { line: 1, layout: 'paragraph', cells: ['一'] },
      { line: 4, layout: 'grid-row', cells: ['规章', '1'] },
      { line: 6, layout: 'paragraph', cells: ['二'] },
    ])
    expect(out.lines[1]!.cells.map((c) => [c.line, c.column])).toEqual([
      [4, 3],
      [4, 14],
    ])
  })
  it('gives spanned slots the spanning cell or the row as position', () => {
    const out = htmlLines('<table>\n<tr><td rowspan="2" colspan="2">甲</td><td>1</td></tr>\n<tr><td>2</td></tr>\n</table>')
    expect(out.lines.map((l) => l.cells.map((c) => [c.text, c.line, c.column]))).toEqual([
      [
        ['甲', 2, 33],
        ['', 2, 5],
        ['1', 2, 43],
      ],
      [
        ['', 3, 1],
        ['', 3, 1],
        ['2', 3, 9],
      ],
    ])
  })
})

describe('htmlLines robustness', () => {
  it('never lets script, style, nav or hidden text through', () => {
    const all = cases.flatMap((n) => htmlLines(read(n)).lines.map((l) => l.text)).join('\n')
    for (const bad of ['不应出现', '假', '统计代码', '请启用脚本', '隐藏', '模板内容', '注释', '打印本页', '分享到', '当前位置', 'alert'])
      expect(all).not.toContain(bad)
  })
  it('never throws on arbitrary markup', () => {
    const tag = fc.constantFrom(
      '<table>',
      '</table>',
      '<tr>',
      '</tr>',
      '<td colspan=3>',
      '<td rowspan=0>',
      '<th rowspan="x">',
      '</td>',
      '<p>',
      '</p>',
      '<br>',
      '<script>',
      '</script>',
      '&nbsp;',
      '&#xA0;',
      '&amp',
      '\r\n',
      '\r',
      '一',
      '１２',
      ' ',
      '<!--',
      '-->',
      '<div hidden>',
      '<table><tr><td><table>',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, fc.string()), { maxLength: 60 }), (parts) => {
        const out = htmlLines(parts.join(''))
        for (const l of out.lines) expect(l.text).toBe(l.cells.map((c) => c.text).join('\t'))
      }),
    )
  })
  it('reads deep nesting, and reports a problem instead of throwing when it is too deep', () => {
    expect(htmlLines('<div><span>'.repeat(400) + '深处').lines.map((l) => l.text)).toEqual(['深处'])
    const out = htmlLines('<div>'.repeat(20000) + '深处' + '</div>'.repeat(20000))
    expect(out.problem).toMatch(/嵌套过深/)
  })
  it('returns nothing for an empty document', () => {
    expect(htmlLines('')).toMatchObject({ lines: [], title: null })
  })
})

describe('report-2021 fixture', () => {
  const rows = htmlLines(read('html-report-2021')).lines.filter((l) => l.layout === 'grid-row')
  const table3 = rows
    .filter((l) => l.cells.length === 10 && /^\d+$/.test(l.cells[9]!.text))
    .map((l) => l.cells.slice(3).map((c) => Number(c.text)))
  it('has rectangular tables 二 (4 columns), 三 (10) and 四 (15)', () => {
    expect(rows.filter((l) => l.cells.length === 10)).toHaveLength(28)
    expect(rows.filter((l) => l.cells.length === 15)).toHaveLength(4)
    expect(table3).toHaveLength(25)
  })
  it('satisfies the table 三 arithmetic of FORMAT.md', () => {
    for (const r of table3) expect(r.slice(0, 6).reduce((a, b) => a + b)).toBe(r[6])
    const [fresh, carried] = table3
    const [total, next] = table3.slice(-2)
    const outcomes = table3.slice(2, -2)
    expect(outcomes).toHaveLength(21)
    for (let c = 0; c < 7; c++) {
      expect(fresh![c]! + carried![c]!).toBe(total![c]! + next![c]!)
      expect(outcomes.reduce((n, r) => n + r[c]!, 0)).toBe(total![c])
    }
  })
  it('satisfies the table 四 sums', () => {
    const data = rows
      .filter((l) => l.cells.length === 15)
      .at(-1)!
      .cells.map((c) => Number(c.text))
    for (let g = 0; g < 15; g += 5) expect(data[g]! + data[g + 1]! + data[g + 2]! + data[g + 3]!).toBe(data[g + 4])
  })
})
