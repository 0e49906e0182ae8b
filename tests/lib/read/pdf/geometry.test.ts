/**
 * The PDF reader's geometry on small hand-made inputs: rules → frames → grids with merged
 * cells → rows, and runs → lines with the right spaces.
 */
import { describe, expect, it } from 'vitest'
import { tableFrames } from '../../../../src/lib/read/pdf/ruling.ts'
import type { Run } from '../../../../src/lib/read/pdf/runs.ts'
import type { Segment } from '../../../../src/lib/read/pdf/segments.ts'
import { frameGrid } from '../../../../src/lib/read/pdf/table-grid.ts'
import { tableRows } from '../../../../src/lib/read/pdf/table-rows.ts'
import { joinRuns, textLines } from '../../../../src/lib/read/pdf/text-lines.ts'

/** Horizontal rules at `ys` from x0 to x1. */
const hs = (ys: number[], x0: number, x1: number): Segment[] => ys.map((y) => ({ dir: 'h', y, x0, x1 }))
/** Vertical rules at `xs` from y0 to y1. */
const vs = (xs: number[], y0: number, y1: number): Segment[] => xs.map((x) => ({ dir: 'v', x, y0, y1 }))
/** A run of 10-point text whose baseline is at `base` (top-down), starting at x. */
const run = (text: string, x: number, base: number, size = 10): Run => ({ text, x0: x, x1: x + size * [...text].length, base, size })

/** The rows of the only table drawn by `segments`, filled with `runs`. */
function rowsOf(segments: Segment[], runs: Run[]): string[][] {
  const frames = tableFrames(segments)
  expect(frames).toHaveLength(1)
  return tableRows(frameGrid(frames[0]!), runs).rows.map((r) => (r.kind === 'row' ? r.cells : []))
}

describe('ruled tables', () => {
  it('builds a grid from borders drawn piece by piece, a little out of line', () => {
    // Word draws each cell's border on its own; LibreOffice's outer lines sit a quarter point off.
    const segments: Segment[] = [
      { dir: 'h', y: 100, x0: 50, x1: 150 },
      { dir: 'h', y: 100.3, x0: 150, x1: 250 },
      ...hs([120, 140], 50.2, 249.8),
      ...vs([50, 150, 250], 100, 140),
    ]
    const grid = frameGrid(tableFrames(segments)[0]!)
    expect(grid.xs.map(Math.round)).toEqual([50, 150, 250])
    expect(grid.ys.map(Math.round)).toEqual([100, 120, 140])
    expect(grid.cells).toHaveLength(4)
  })

  it('expands merged cells as the HTML reader does: text once, covered slots empty', () => {
    // A header cell over two columns (no inner vertical in its row) and a label over two rows.
    const segments: Segment[] = [
      ...hs([100, 160], 50, 350),
      { dir: 'h', y: 120, x0: 150, x1: 350 },
      { dir: 'h', y: 140, x0: 50, x1: 350 },
      ...vs([50, 150, 350], 100, 160),
      { dir: 'v', x: 250, y0: 120, y1: 160 },
    ]
    const runs = [
      run('信息内容', 60, 116),
      run('申请人情况', 200, 113),
      run('自然人', 160, 134),
      run('其他', 260, 134),
      run('规章', 60, 154),
      run('0', 160, 154),
      run('无', 260, 154),
    ]
    expect(rowsOf(segments, runs)).toEqual([
      ['信息内容', '申请人情况', ''],
      ['', '自然人', '其他'],
      ['规章', '0', '无'],
    ])
    // Only a colspan's slots are marked covered (as in HTML), not the slots a rowspan reaches down to.
    const table = tableRows(frameGrid(tableFrames(segments)[0]!), runs)
    expect(table.rows.map((r) => (r.kind === 'row' ? r.covered : null))).toEqual([
      [false, false, true],
      [false, false, false],
      [false, false, false],
    ])
  })

  it('joins the wrapped lines of one cell without a space between CJK characters', () => {
    const segments = [...hs([100, 140], 50, 250), ...vs([50, 150, 250], 100, 140)]
    const runs = [run('5.要求行政机关', 52, 115), run('重新出具', 52, 130), run('0', 160, 122)]
    expect(rowsOf(segments, runs)).toEqual([['5.要求行政机关重新出具', '0']])
  })

  it('sees no table in lines that never cross (an underline, a rule under a heading)', () => {
    expect(tableFrames([...hs([100, 300], 50, 550)])).toEqual([])
    expect(tableFrames([...hs([100], 50, 550), ...vs([600], 100, 300)])).toEqual([])
  })

  it('keeps two tables on one page apart', () => {
    const one = [...hs([100, 120], 50, 250), ...vs([50, 250], 100, 120)]
    const two = [...hs([300, 320], 50, 250), ...vs([50, 250], 300, 320)]
    expect(tableFrames([...one, ...two])).toHaveLength(2)
  })
})

describe('lines of text', () => {
  it('groups runs by baseline and orders them left to right', () => {
    const lines = textLines([run('第二行', 50, 130), run('右', 200, 100.5), run('左', 50, 100)])
    expect(lines.map((l) => l.text)).toEqual(['左 右', '第二行'])
  })

  it('puts spaces between words only where the gap is one', () => {
    // CJK characters touching or slightly apart: no space; Latin and numbers next to CJK: a space only when written.
    expect(joinRuns([run('政府', 0, 10), run('信息', 21, 10)])).toBe('政府信息')
    expect(joinRuns([run('2021', 0, 10), { ...run('年', 0, 10), x0: 42, x1: 52 }])).toBe('2021年')
    expect(joinRuns([run('2021', 0, 10), { ...run('年', 0, 10), x0: 44, x1: 54 }])).toBe('2021 年')
    expect(joinRuns([run('总计', 0, 10), run('其他', 40, 10)])).toBe('总计 其他')
  })
})
