/** The shared cell arithmetic: blank cells, mixed units and float tolerance. */
import { describe, expect, it } from 'vitest'
import { compareSums, formatNumber, nearlyEqual } from '../../../src/lib/rules/cells.ts'
import type { Cell } from '../../../src/lib/types.ts'

/** A money cell of table 二 style. */
function money(value: number | null, unit: string | null = '万元'): Cell {
  return { row: '政府集中采购', column: '采购总金额', value, raw: value === null ? '' : `${value}${unit ?? ''}`, unit, line: 1 }
}

describe('compareSums', () => {
  it('accepts decimal sums that differ only by float noise (3.2 + 0.1 = 3.3)', () => {
    expect(3.2 + 0.1).not.toBe(3.3)
    expect(compareSums([money(3.3)], [money(3.2), money(0.1)])).toBeUndefined()
    expect(compareSums([money(1234567.3)], [money(1234567.2), money(0.1)])).toBeUndefined()
  })

  it('reports a real decimal difference, printed without float noise', () => {
    const mismatch = compareSums([money(3.4)], [money(3.2), money(0.1)])
    expect(mismatch).toBeDefined()
    expect(formatNumber(mismatch!.difference)).toBe('0.1')
    expect(formatNumber(mismatch!.right)).toBe('3.3')
  })

  it('skips the relation when any cell is blank or missing', () => {
    expect(compareSums([money(5)], [money(1), money(null)])).toBeUndefined()
    expect(compareSums([money(5)], [money(1), undefined])).toBeUndefined()
  })

  it('compares only cells of the same unit', () => {
    expect(compareSums([money(518)], [money(5180000, '元')])).toBeUndefined()
    expect(compareSums([money(518, null)], [money(518)])).toBeUndefined()
    expect(compareSums([money(518)], [money(517)])).toEqual({ left: 518, right: 517, difference: 1 })
  })
})

describe('nearlyEqual', () => {
  it('is exact at zero and relative elsewhere', () => {
    expect(nearlyEqual(0, 0)).toBe(true)
    expect(nearlyEqual(0, 1e-12)).toBe(false)
    expect(nearlyEqual(1e6, 1e6 + 1e-4)).toBe(true)
    expect(nearlyEqual(1e6, 1e6 + 1)).toBe(false)
  })
})
