import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateLine, findDates } from '../../../src/lib/structure/metadata/date.ts'
import { isoDate } from '../../../src/lib/text/iso-date.ts'
import { chineseInteger } from '../../../src/lib/text/numerals.ts'

describe('dates', () => {
  it('reads every written form of a date', () => {
    for (const text of [
      '2022年1月4日',
      '2022 年 1 月 4 日',
      '二〇二二年一月四日',
      '二○二二年一月四日',
      '二零二二年一月四日',
      '二O二二年一月四日',
      '2022-01-04',
      '2022.1.4',
      '2022/1/4',
      '２０２２年１月４日',
    ]) {
      expect(dateLine(text)?.iso, text).toBe('2022-01-04')
    }
    expect(dateLine('二〇二二年十二月三十一日')?.iso).toBe('2022-12-31')
    expect(dateLine('2021年1月22日印发')?.iso).toBe('2021-01-22')
    expect(dateLine('发布日期：2022-01-20')?.iso).toBe('2022-01-20')
    expect(dateLine('（2022年1月18日）')?.iso).toBe('2022-01-18')
  })

  it('rejects days that do not exist', () => {
    for (const text of ['2022年2月30日', '2021-02-29', '2022年13月1日', '二〇二二年二月三十日', '2022年0月10日'])
      expect(dateLine(text), text).toBeNull()
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29')
    expect(isoDate(2023, 2, 29)).toBeNull()
  })

  it('does not take a date inside a sentence for a date line', () => {
    expect(dateLine('本机关于2021年12月31日前完成年报编制工作。')).toBeNull()
    expect(dateLine('2021年1月1日至12月31日，我乡共公开信息120条。')).toBeNull()
    expect(dateLine('本报告电子版可在2022年1月4日')).toBeNull()
    expect(findDates('本机关于2021年12月31日前完成').map((d) => d.iso)).toEqual(['2021-12-31'])
  })

  it('keeps a signature written on the date line', () => {
    expect(dateLine('某某镇人民政府  2022年1月4日')).toEqual({ iso: '2022-01-04', lead: '某某镇人民政府' })
    expect(dateLine('某某镇党政综合办公室  2022年1月4日印发')).toEqual({ iso: '2022-01-04', lead: '某某镇党政综合办公室' })
  })

  it('reads Chinese numerals', () => {
    expect([
      chineseInteger('十'),
      chineseInteger('十二'),
      chineseInteger('二十'),
      chineseInteger('三十一'),
      chineseInteger('二〇二一'),
    ]).toEqual([10, 12, 20, 31, 2021])
    expect(chineseInteger('十十')).toBeNull()
    expect(chineseInteger('abc')).toBeNull()
  })

  it('round-trips any real date in every format', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
        const iso = d.toISOString().slice(0, 10)
        for (const text of [`${y}年${m}月${day}日`, `${y} 年 ${m} 月 ${day} 日`, iso, `${y}.${m}.${day}`])
          expect(dateLine(text)?.iso).toBe(iso)
      }),
    )
  })
})
