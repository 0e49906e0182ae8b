/** Counts of received requests stated in the running text. */
import { describe, expect, it } from 'vitest'
import { requestClaim } from '../../../src/lib/structure/narrative-claims.ts'
import { textToLines } from '../../../src/lib/read/text-lines.ts'

/** The claim of a one-paragraph text, as "count @line: quote". */
const claim = (text: string) => {
  const c = requestClaim(textToLines(text))
  return c && `${c.count} @${c.line}: ${c.quote}`
}

describe('requestClaim', () => {
  it('reads totals and “none received”', () => {
    expect(claim('2021年，共收到政府信息公开申请7件，上年度结转1件。')).toBe('7 @1: 收到政府信息公开申请7件')
    expect(claim('全年累计受理依申请公开政府信息 0 件。其中通过公开受理窗口当面提交申请 0 件')).toBe('0 @1: 受理依申请公开政府信息 0 件')
    expect(claim('2021年度未收到政府信息公开的申请。')).toBe('0 @1: 未收到政府信息公开的申请')
  })

  it('ignores counts of other things and table rows', () => {
    expect(claim('共收到“县长信箱”转办件2件，办结率100%。')).toBeNull()
    expect(claim('受理政府信息公开咨询12人次。')).toBeNull()
    expect(claim('一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1')).toBeNull()
  })
})
