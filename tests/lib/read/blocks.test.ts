import { describe, expect, it } from 'vitest'
import { blocksToSource, pageMarker } from '../../../src/lib/read/blocks.ts'

describe('blocksToSource', () => {
  it('lays paragraphs, rows and page markers out as numbered lines the tree points into', () => {
    const source = blocksToSource([
      { kind: 'page', number: 1 },
      { kind: 'paragraph', text: '  某镇2021年政府信息公开\n工作年度报告 ' },
      { kind: 'row', cells: ['信息内容', '', '本年新制作数量'] },
      { kind: 'row', cells: ['', ''] },
      { kind: 'page', number: 2 },
      { kind: 'row', cells: ['规章', '0', '无'] },
    ])
    expect(source.text).toBe(
      `${pageMarker(1)}\n某镇2021年政府信息公开 工作年度报告\n信息内容\t\t本年新制作数量\n${pageMarker(2)}\n规章\t0\t无\n`,
    )
    expect(source.pageStarts).toEqual([1, 4])
    expect(source.lines.map((l) => [l.layout, l.position.start.line])).toEqual([
      ['paragraph', 2],
      ['grid-row', 3],
      ['grid-row', 5],
    ])
    const rows = source.text.split('\n')
    for (const line of source.lines)
      for (const cell of line.cells) expect(rows[cell.line - 1]!.slice(cell.column - 1, cell.column - 1 + cell.text.length)).toBe(cell.text)
  })
})
