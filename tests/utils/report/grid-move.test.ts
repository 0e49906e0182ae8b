/** Arrow-key moves in a table of numbers (grid-move.ts). */
import { describe, expect, it } from 'vitest'
import { gridMove, type GridCell } from '../../../src/utils/report/grid-move.ts'

/** A row of `n` cells of width 10 from x = 0, or one cell spanning them all. */
const row = (n: number): GridCell[] => Array.from({ length: n }, (_, i) => ({ left: i * 10, right: i * 10 + 10 }))
const merged: GridCell[] = [{ left: 0, right: 30 }]
/** Table 二 style: a three-number row, a merged row, another three-number row. */
const rows = [row(3), merged, row(3)]

describe('gridMove', () => {
  it('moves along a row and stops at its ends', () => {
    expect(gridMove(rows, { row: 0, cell: 0 }, 'ArrowRight')).toEqual({ row: 0, cell: 1 })
    expect(gridMove(rows, { row: 0, cell: 2 }, 'ArrowRight')).toBeNull()
    expect(gridMove(rows, { row: 0, cell: 0 }, 'ArrowLeft')).toBeNull()
  })

  it('moves up and down to the cell under the current one’s middle, merged cells included', () => {
    expect(gridMove(rows, { row: 0, cell: 2 }, 'ArrowDown')).toEqual({ row: 1, cell: 0 })
    // From the merged cell (middle x = 15) down to the middle number.
    expect(gridMove(rows, { row: 1, cell: 0 }, 'ArrowDown')).toEqual({ row: 2, cell: 1 })
    expect(gridMove(rows, { row: 2, cell: 1 }, 'ArrowDown')).toBeNull()
    expect(gridMove(rows, { row: 0, cell: 1 }, 'ArrowUp')).toBeNull()
  })

  it('picks the nearest cell when none lies under the middle', () => {
    expect(gridMove([[{ left: 100, right: 110 }], row(2)], { row: 0, cell: 0 }, 'ArrowDown')).toEqual({ row: 1, cell: 1 })
  })

  it('goes to a row’s ends with Home and End, and to the table’s with Ctrl', () => {
    expect(gridMove(rows, { row: 2, cell: 1 }, 'Home')).toEqual({ row: 2, cell: 0 })
    expect(gridMove(rows, { row: 2, cell: 1 }, 'End')).toEqual({ row: 2, cell: 2 })
    expect(gridMove(rows, { row: 2, cell: 1 }, 'Home', true)).toEqual({ row: 0, cell: 0 })
    expect(gridMove(rows, { row: 0, cell: 1 }, 'End', true)).toEqual({ row: 2, cell: 2 })
  })

  it('ignores other keys', () => {
    expect(gridMove(rows, { row: 0, cell: 0 }, 'Enter')).toBeNull()
    expect(gridMove(rows, { row: 9, cell: 0 }, 'ArrowDown')).toBeNull()
  })
})
