/** Run-together digits are read only when exactly one reading fits (run-together.ts). */
import { describe, expect, it } from 'vitest'
import { digitReadings, uniqueReading } from '../../../src/lib/tables/run-together.ts'

const cell = (text: string) => ({ text, line: 7, column: 3 })
const any = () => true
const totalIsSum = (v: number[]) => v.slice(0, -1).reduce((a, b) => a + b, 0) === v.at(-1)

describe('digitReadings', () => {
  it('cuts a digit run into numbers without leading zeros', () => {
    expect(digitReadings('0011', 3)).toEqual([['0', '0', '11']])
    expect(digitReadings('3112', 3)).toEqual([
      ['3', '1', '12'],
      ['3', '11', '2'],
      ['31', '1', '2'],
    ])
    expect(digitReadings('12', 3)).toEqual([])
  })

  it('gives up (null) when a run has too many readings to tell apart', () => {
    expect(digitReadings('1'.repeat(40), 7)).toBeNull()
  })
})

describe('uniqueReading', () => {
  it('reads one digit per column, each cell at its place in the source', () => {
    expect(uniqueReading(cell('规章000'), '规章', 3, any)).toEqual([
      { text: '0', line: 7, column: 5 },
      { text: '0', line: 7, column: 6 },
      { text: '0', line: 7, column: 7 },
    ])
  })

  it('uses the row arithmetic to pick the one reading, and refuses when several remain', () => {
    expect(uniqueReading(cell('上年结转2000002'), '上年结转', 7, totalIsSum)?.map((t) => t.text)).toEqual([
      '2',
      '0',
      '0',
      '0',
      '0',
      '0',
      '2',
    ])
    expect(uniqueReading(cell('本年新收123010218'), '本年新收', 7, totalIsSum)).toBeNull()
    expect(uniqueReading(cell('规章3112'), '规章', 3, any)).toBeNull()
  })

  it('never reads decimals or text after the label', () => {
    expect(uniqueReading(cell('行政事业性收费12.5'), '行政事业性收费', 1, any)).toBeNull()
    expect(uniqueReading(cell('规章0无0'), '规章', 3, any)).toBeNull()
  })
})
