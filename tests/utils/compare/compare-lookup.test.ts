/** From chosen townships to the county files to fetch, and the message naming those not found. */
import { describe, expect, test } from 'vitest'
import { countyFilesOf, missingMessage, missingTownships, needsIndex } from '../../../src/utils/compare/compare-lookup.ts'
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

  test('are named in the message; words that are not codes are only counted', () => {
    expect(missingMessage([])).toBe('')
    expect(missingMessage(['640521999000'])).toBe('未找到代码为 640521999000 的乡镇。请核对网址，或在上方重新选择。')
    expect(missingMessage(['640521999000', 'x-1abc'])).toMatch(/^未找到代码为 640521999000、x-1abc 的乡镇。/)
    const hostile = missingMessage(['<script>alert(1)</script>', '请拨打 12345 领取补贴'])
    expect(hostile).toBe('网址中另有 2 个无法识别的乡镇代码。请核对网址，或在上方重新选择。')
  })
})
