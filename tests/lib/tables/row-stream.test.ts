/** How table rows are cut from a stream of cells, for the shapes real extractions produce. */
import { describe, expect, it } from 'vitest'
import { matchLabel } from '../../../src/lib/template/label-match.ts'
import { isPageFooter } from '../../../src/lib/tables/label-split.ts'
import { streamRows } from '../../../src/lib/tables/row-stream.ts'
import { requestGroupIndex, requestRowIndex } from '../../../src/lib/template/vocabulary.ts'
import { textToLines } from '../../../src/lib/read/text-lines.ts'

/** Rows of table 三 found in `text`, as "label: values". */
function rows(text: string): string[] {
  const classify = (t: string) => {
    const m = matchLabel(t, requestRowIndex)
    return m ? { type: 'row' as const, label: m.label, exact: m.exact } : null
  }
  return streamRows(textToLines(text), classify).map((r) => `${r.label}: ${r.values.map((v) => v.text || '_').join(' ')}`)
}

describe('streamRows', () => {
  it('splits a group label and a numbered row label written in one cell', () => {
    expect(rows('（三）不予公开1.属于国家秘密\t1\t2\n（四）无法提供 1.本机关不掌握相关政府信息\t3')).toEqual([
      '属于国家秘密: 1 2',
      '本机关不掌握相关政府信息: 3',
    ])
  })

  it('joins a label wrapped onto the next line before its numbers', () => {
    expect(rows('1.申请人无正当理由逾期不补正、行\n政机关不再处理其政府信息公开申请  0  1')).toEqual([
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: 0 1',
    ])
  })

  it('keeps the numbers of a row whose label continues after them', () => {
    expect(rows('（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）  4  5')).toEqual(['部分公开: 4 5'])
  })

  it('does not give a row the 、 of a label written down the first column, one character a line', () => {
    // 三、本年度办理结果 down the first column of a table without lines: 三 / 、 / 本 … open the lines.
    expect(rows('三\t8.属于行政查询事项\t0\t1\n、\t1.本机关不掌握相关政府信息\t2\t3\n本\t2.没有现成信息需要另行制作\t4\t5')).toEqual([
      '属于行政查询事项: 0 1',
      '本机关不掌握相关政府信息: 2 3',
      '没有现成信息需要另行制作: 4 5',
    ])
    // A mark after the label, or a row's values going on to the next line, is still a value.
    expect(rows('1.本机关不掌握相关政府信息\t2\n、\t3')).toEqual(['本机关不掌握相关政府信息: 2 、 3'])
  })

  it('does not read page footers as values', () => {
    expect(rows('四、结转下年度继续办理  1  0\n\n- 3 -\n第 3 页 共 8 页')).toEqual(['结转下年度继续办理: 1 0'])
    expect(isPageFooter('3')).toBe(false)
  })

  it('keeps blank cells between values of a tab row, and drops the blanks before a label', () => {
    expect(rows('四、结转下年度继续办理\t\t0\t\t1\n\t（七）总计\t2')).toEqual(['结转下年度继续办理: _ 0 _ 1', '总计: 2'])
  })

  it('reads one cell per line, blank lines between rows', () => {
    expect(rows('\t一、本年新收政府信息公开申请数量\n\t1\n\t2\n\n\t\n\t二、上年结转政府信息公开申请数量\n\t3')).toEqual([
      '本年新收政府信息公开申请数量: 1 2',
      '上年结转政府信息公开申请数量: 3',
    ])
  })

  it('reads a label and values separated by single (ideographic) spaces, but not a label run into its numbers', () => {
    expect(rows('一、本年新收政府信息公开申请数量　3　0　1\n二、上年结转政府信息公开申请数量 0')).toEqual([
      '本年新收政府信息公开申请数量: 3 0 1',
      '上年结转政府信息公开申请数量: 0',
    ])
    expect(rows('重复申请000')).toEqual(['重复申请: '])
  })

  it('drops a subtotal written on a group row, but keeps values of a label wrapped around the group label', () => {
    const classify = (t: string) => {
      const m = matchLabel(t, requestRowIndex)
      if (m) return { type: 'row' as const, label: m.label, exact: m.exact }
      return matchLabel(t, requestGroupIndex) ? { type: 'group' as const } : null
    }
    const cut = (text: string) =>
      streamRows(textToLines(text), classify).map((r) => `${r.label}: ${r.values.map((v) => v.text || '_').join(' ')}`)
    expect(cut('（二）部分公开\t1\t2\n（三）不予公开\t3\t4\n1.属于国家秘密\t5\t6')).toEqual(['部分公开: 1 2', '属于国家秘密: 5 6'])
    expect(cut('4.保护第三方合法权益\n（三）不予公开  7  8')).toEqual(['保护第三方合法权益: 7 8'])
  })
})
