/** Matching labels as written to the canonical labels: exact, variant, fuzzy, or not at all. */
import { describe, expect, it } from 'vitest'
import { matchLabel } from '../../../src/lib/template/label-match.ts'
import { labelKey } from '../../../src/lib/template/label-text.ts'
import { proactiveRowIndex, requestRowIndex } from '../../../src/lib/template/vocabulary.ts'

describe('labelKey', () => {
  it('drops numbering, spacing, notes and punctuation', () => {
    expect(labelKey('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('部分公开')
    expect(labelKey('三 、本 年 度办 理 结果')).toBe('本年度办理结果')
    expect(labelKey('3.危及“三安全一稳定”')).toBe('危及三安全一稳定')
    expect(labelKey('②重复申请')).toBe('重复申请')
  })

  it('reads traditional characters as simplified', () => {
    expect(labelKey('一、本年新收政府信息公開申請數量')).toBe('本年新收政府信息公开申请数量')
  })
})

describe('matchLabel', () => {
  it('matches typos as fuzzy (one edit from 4 characters on, more for long labels), very short labels only exactly', () => {
    expect(matchLabel('3. 改正后申请内容仍不明确', requestRowIndex)).toEqual({ label: '补正后申请内容仍不明确', exact: false })
    expect(matchLabel('8.属于行政查询案件', requestRowIndex)).toEqual({ label: '属于行政查询事项', exact: false })
    expect(matchLabel('行政处罚', proactiveRowIndex)).toEqual({ label: '行政处罚', exact: true })
    expect(matchLabel('行政处理', proactiveRowIndex)).toEqual({ label: '行政处罚', exact: false })
    expect(matchLabel('规范', proactiveRowIndex)).toBeNull()
    expect(matchLabel('政务公开', requestRowIndex)).toBeNull()
  })

  it('never matches a label with numbers run into it', () => {
    expect(matchLabel('行政处罚3', proactiveRowIndex)).toBeNull()
    expect(matchLabel('重复申请000', requestRowIndex)).toBeNull()
  })
})
