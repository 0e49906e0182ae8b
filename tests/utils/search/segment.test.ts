import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { memoizedPresplit, presplit, segments, stripZwsp, words, ZWSP } from '../../../src/utils/search/segment.ts'

const show = (text: string): string => text.replaceAll(ZWSP, '|')

describe('segments and words (Intl.Segmenter, zh)', () => {
  it('cuts place names the way the browser cuts queries', () => {
    // The same ICU family as Chromium's: tests/e2e/search.test.ts checks these in the browser.
    expect(words('东乡族自治县凤山乡人民政府')).toEqual(['东乡', '族', '自治', '县', '凤山', '乡', '人民政府'])
    expect(words('凤山乡人民政府')).toEqual(['凤山', '乡', '人民政府'])
    expect(words('徐套乡')).toEqual(['徐', '套', '乡'])
    expect(words('行政处罚')).toEqual(['行政', '处罚'])
    expect(words('政府集中采购')).toEqual(['政府', '集中', '采购'])
    expect(words('乌苏市')).toEqual(['乌苏', '市'])
  })

  it('keeps punctuation and spaces as segments but not as words', () => {
    expect(segments('2020年，凤山乡 严格')).toEqual(['2020', '年', '，', '凤山', '乡', ' ', '严格'])
    expect(words('2020年，凤山乡 严格')).toEqual(['2020', '年', '凤山', '乡', '严格'])
    expect(words('“”、。 ')).toEqual([])
  })
})

describe('presplit', () => {
  it('joins the segments of 东乡族自治县凤山乡人民政府 with U+200B', () => {
    expect(show(presplit('东乡族自治县凤山乡人民政府'))).toBe('东乡|族|自治|县|凤山|乡|人民政府')
  })

  it('puts no U+200B next to whitespace, and splits at punctuation and digits', () => {
    expect(show(presplit('2020年，凤山乡 严格按照\n要求'))).toBe('2020|年|，|凤山|乡 严格|按照\n要求')
    expect(presplit('  ')).toBe('  ')
    expect(presplit('')).toBe('')
    expect(presplit('乡')).toBe('乡')
  })

  it('drops U+200B already in the text first', () => {
    expect(show(presplit(`凤${ZWSP}山乡`))).toBe('凤山|乡')
  })

  it('is idempotent and only ever adds U+200B', () => {
    const text = fc.string({ unit: fc.constantFrom(...'凤山乡人民政府行政处罚 ，。2020abc\n\u200B'.split('')), maxLength: 40 })
    fc.assert(
      fc.property(text, (t) => {
        const once = presplit(t)
        expect(presplit(once)).toBe(once)
        expect(stripZwsp(once)).toBe(stripZwsp(t))
        expect(once).not.toMatch(/\u200B\s|\s\u200B|\u200B\u200B/u)
      }),
    )
  })
})

describe('memoizedPresplit', () => {
  it('gives what presplit gives, piece by piece, however small its memory', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'凤山乡人民政府行政处罚表二总计 ，。（）2020.5abc\n\u200B'.split('')),
      maxLength: 60,
    })
    const remembered = memoizedPresplit(3)
    fc.assert(
      fc.property(text, (t) => {
        expect(remembered(t)).toBe(presplit(t))
        expect(remembered(t)).toBe(presplit(t))
      }),
    )
    expect(show(remembered('表三 （七）总计 3，总计 3'))).toBe(show(presplit('表三 （七）总计 3，总计 3')))
  })
})
