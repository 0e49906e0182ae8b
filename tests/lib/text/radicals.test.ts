/** Radicals that PDFs put for ideographs read as the ideographs, in every reader. */
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../../../src/lib/read/decode.ts'
import { foldRadicals } from '../../../src/lib/text/radicals.ts'

describe('foldRadicals', () => {
  it('reads Kangxi and supplement radicals as the ideographs they stand for, one unit for one', () => {
    expect(foldRadicals('⾏政许可 ⼀、本年新收 ⼈⺠政府')).toBe('行政许可 一、本年新收 人民政府')
    expect(foldRadicals('行政许可')).toBe('行政许可')
    const text = '⾏政处罚\t51'
    expect(foldRadicals(text)).toHaveLength(text.length)
  })

  it('is part of the normalisation every text reader applies (text copied out of a PDF)', () => {
    expect(normaliseText('⾏政规范性⽂件\t0\t0\t11')).toBe('行政规范性文件\t0\t0\t11')
  })
})
