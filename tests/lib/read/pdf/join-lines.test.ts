/** How the lines of one PDF table cell are joined. */
import { describe, expect, it } from 'vitest'
import { joinLines } from '../../../../src/lib/read/pdf/text-lines.ts'

describe('joinLines', () => {
  it('joins CJK without a space and other words with one', () => {
    expect(joinLines(['（二）部分公开（区分处理的，只计这一', '情形，不计其他情形）'])).toBe(
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    )
    expect(joinLines(['Total', 'count'])).toBe('Total count')
  })

  it('joins a number wrapped in a narrow column into one number', () => {
    expect(joinLines(['1', '5'])).toBe('15')
    expect(joinLines(['12', '34', '5'])).toBe('12345')
    // A unit or a word after the number still takes its space.
    expect(joinLines(['518', 'yuan'])).toBe('518 yuan')
  })
})
