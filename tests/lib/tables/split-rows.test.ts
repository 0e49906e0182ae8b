/** A table row that runs over a page break (Word/WPS/LibreOffice PDFs) is read as one row, and only then. */
import { describe, expect, it } from 'vitest'
import { matchLabel } from '../../../src/lib/template/label-match.ts'
import { joinSplitRows } from '../../../src/lib/tables/split-rows.ts'
import { streamRows, type CellClass } from '../../../src/lib/tables/row-stream.ts'
import { requestGroupIndex, requestRowIndex } from '../../../src/lib/template/vocabulary.ts'
import { textToLines } from '../../../src/lib/read/text-lines.ts'

/** Table 三's classifier, rows and groups (as the table stage has it, without headers). */
function classify(text: string): CellClass<string> {
  if (matchLabel(text, requestGroupIndex)) return { type: 'group' }
  const row = matchLabel(text, requestRowIndex)
  return row ? { type: 'row', label: row.label, exact: row.exact } : null
}

/**
 * Rows of table 三 found in tab-separated `text`, as "label: values @ line"; as in the 2021 table, the
 * group label （六）其他处理 read as the 2019 row of that name is left out when it has no values.
 */
const rows = (text: string): string[] =>
  streamRows(textToLines(text), classify)
    .filter((r) => !(r.label === '其他处理' && r.values.every((v) => v.text === '')))
    .map((r) => `${r.label}: ${r.values.map((v) => v.text || '_').join(' ')} @${r.cell.line}`)

// Seven value columns; the row's label cells cut at the page break, the rest on the next page.
const head = '\t5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n'
const split = '\t（六）其\t1.申请人无正当理由逾期不补\t1\t0\t0\t0\t0\t0\t1\n'
const rest = '\t他处理\t正、行政机关不再处理其政府信息公开申请\t\t\t\t\t\t\t\n'
const next = '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n'

describe('joinSplitRows', () => {
  it('joins the label cells of a row broken over a page, keeping the line of its values', () => {
    expect(rows(head + split + rest + next)).toEqual([
      '要求行政机关确认或重新出具已获取信息: 0 0 0 0 0 0 0 @1',
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: 1 0 0 0 0 0 1 @2',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: 0 0 0 0 0 0 0 @4',
    ])
  })

  it('joins across a page footer or blank line between the two parts', () => {
    expect(rows(split + '\n- 5 -\n' + rest)).toEqual(['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: 1 0 0 0 0 0 1 @1'])
  })

  it('leaves the row cut short when its second part is not there (a stray label, never a guess)', () => {
    expect(rows(head + split + next).map((r) => r.split(':')[0])).toEqual([
      '要求行政机关确认或重新出具已获取信息',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    ])
  })

  it('joins a label wrapped below its values (a table without ruling lines read from its text)', () => {
    const wrapped =
      '5.要求行政机关确认或重新出\t0\t0\t0\t0\t0\t0\t0\n具已获取信息\n1.申请人无正当理由逾期不补\n正、行政机关不再处理其政府信息公开申请\t2\t0\t0\t0\t0\t0\t2\n'
    expect(rows(wrapped)).toEqual([
      '要求行政机关确认或重新出具已获取信息: 0 0 0 0 0 0 0 @1',
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: 2 0 0 0 0 0 2 @4',
    ])
  })

  it('takes the rest of a label off the line of the next row, in one cell or in two', () => {
    const oneCell =
      '（六）其他处理\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再\t0\t0\t0\t0\t0\t0\t0\n处理其政府信息公开申请3.其他\t0\t1\t0\t0\t0\t0\t1\n'
    const expected = ['申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: 0 0 0 0 0 0 0 @1', '其他: 0 1 0 0 0 0 1 @2']
    expect(rows(oneCell)).toEqual(expected)
    expect(rows(oneCell.replace('申请3.其他', '申请\t3.其他'))).toEqual(expected)
    // Text that makes no row with the label above stays where it is.
    expect(rows(oneCell.replace('处理其政府信息公开申请3.', '某某3.'))[0]).not.toMatch(/^申请人逾期未按收费通知/)
  })

  it('keeps a blank row at the top of a page as a row of its own', () => {
    const blank = '\t\t3.其他\t\t\t\t\t\t\t\n'
    const lines = textToLines(next + blank)
    expect(joinSplitRows(lines, classify)).toBe(lines)
  })

  it('does not join a following line that holds values, or text that makes no known row', () => {
    const values = textToLines(split + '\t他处理\t正、行政机关不再处理其政府信息公开申请\t1\t\t\t\t\t\t\n')
    expect(joinSplitRows(values, classify)).toBe(values)
    const unknown = textToLines(split + '\t某处理\t正、某某事项\t\t\t\t\t\t\t\n')
    expect(joinSplitRows(unknown, classify)).toBe(unknown)
  })
})
