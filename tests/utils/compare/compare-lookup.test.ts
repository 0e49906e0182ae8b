/** From chosen townships to the county files to fetch, and the message naming those not found. */
import { describe, expect, test } from 'vitest'
import { countyFilesOf, missingNotes, missingTownships, needsIndex } from '../../../src/utils/compare/compare-lookup.ts'
import { compareData } from '../../../src/utils/compare/compare-data.ts'
import { sampleRecords } from '../report/samples.ts'

describe('county files of a choice', () => {
  test('a code names its county file; files are listed once, in order', () => {
    expect(countyFilesOf(['640521205000', '640521203000', '654202205000'], null)).toEqual({
      files: ['640521', '654202'],
      unplaced: [],
    })
  })

  test('a stand-in key is looked up in the index; anything else has no file', () => {
    expect(needsIndex(['640521205000'])).toBe(false)
    expect(needsIndex(['640521205000', 'x-1abc'])).toBe(true)
    expect(countyFilesOf(['x-1abc', 'x-2def', '999', 'toString'], { 'x-1abc': '6405' })).toEqual({
      files: ['6405'],
      unplaced: ['x-2def', '999', 'toString'],
    })
  })
})

describe('townships not found', () => {
  const data = compareData(sampleRecords())

  test('are the chosen keys with no report in the data fetched', () => {
    expect(missingTownships(['640521205000', '640521999000', 'x-1abc'], data)).toEqual(['640521999000', 'x-1abc'])
    expect(missingTownships(['640521205000'], data)).toEqual([])
  })

  const counties = (key: string) => ({ '640521': '中宁县' })[key] ?? null

  test('are named one by one, with what is known of each, and a hint', () => {
    expect(missingNotes([], counties)).toBeNull()
    expect(missingNotes(['640521999000'], counties)).toEqual({
      lines: ['未找到代码 640521999000：本站收录的中宁县报告中没有这个乡镇。'],
      hint: '请核对网址中的代码，或在上方按名称查找乡镇。',
    })
    expect(missingNotes(['110101001000', 'x-1abc', '999'], counties)!.lines).toEqual([
      '未找到代码 110101001000：本站没有县级代码 110101 的乡镇报告。',
      '未找到代码 x-1abc：本站现在没有这个乡镇（它没有统计用区划代码，网址中的代码可能已过时）。',
      '未找到代码 999：乡镇代码是 12 位统计用区划代码。',
    ])
  })

  test('words that are not codes are only counted, never shown', () => {
    const hostile = missingNotes(['<script>alert(1)</script>', '请拨打 12345 领取补贴', '640521999000'], counties)!
    expect(hostile.lines).toEqual(['未找到代码 640521999000：本站收录的中宁县报告中没有这个乡镇。', '网址中另有 2 个无法识别的乡镇代码。'])
  })
})
