import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findSections } from '../../../src/lib/structure/sections.ts'
import { linesOf } from './lines.ts'

/** Section numbers and titles found in `text`. */
function found(text: string): Array<[number, string]> {
  return findSections(linesOf(text)).map((s) => [s.number, s.title])
}

const canonical = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
]

describe('findSections', () => {
  it('finds the six canonical headings with their lines', () => {
    const lines = linesOf(canonical.join('\n正文。\n'))
    expect(findSections(lines)).toEqual(canonical.map((title, i) => ({ number: i + 1, title, line: 2 * i + 1 })))
  })

  it('reads heading variants as their section', () => {
    expect(found('五、政府信息公开工作存在的主要问题及改进情况')).toEqual([[5, '五、政府信息公开工作存在的主要问题及改进情况']])
    expect(found('五、存在问题和改进措施')).toEqual([[5, '五、存在问题和改进措施']])
    expect(found('二、主动公开政府信息的情况')).toEqual([[2, '二、主动公开政府信息的情况']])
    expect(found('一．总体情况')).toEqual([[1, '一．总体情况']])
    expect(found('一.总体情况')).toEqual([[1, '一.总体情况']])
    expect(found('一总体情况')).toEqual([[1, '一总体情况']])
    expect(found('二 、主 动 公 开 政 府 信 息 情 况')).toEqual([[2, '二 、主 动 公 开 政 府 信 息 情 况']])
    expect(found('## 四、政府信息公开行政复议、行政诉讼情况')).toEqual([[4, '四、政府信息公开行政复议、行政诉讼情况']])
  })

  it('cuts trailing text off a heading that carries it on the same line', () => {
    expect(found('六、其他需要报告的事项：无。')).toEqual([[6, '六、其他需要报告的事项']])
    expect(found('一、总体情况。2021年，我乡认真贯彻落实条例。')).toEqual([[1, '一、总体情况']])
    expect(found('一、总体情况 2021年我乡认真贯彻落实条例')).toEqual([[1, '一、总体情况']])
    expect(found('一、总体情况    2021年，我乡认真贯彻落实条例。')).toEqual([[1, '一、总体情况']])
  })

  it('does not take table 三 row labels for headings, in any layout', () => {
    const rows = [
      '一、本年新收政府信息公开申请数量\t\t0\t0',
      '二、上年结转政府信息公开申请数量\t\t0\t0',
      '三、本年度办理结果\t(一) 予以公开\t0',
      '三、本 年度 办理 结案\t(二) 部分公开\t0',
      '四、结转下年度继续办理\t\t0\t0',
      '\t一、本年新收政府信息公开申请数量',
      '\t三、本年度办理结果',
      '\t四、结转下年度继续办理',
      '三 、本 年 度办 理 结果      （一）予以公开       0     0',
      '\t行政复议',
      '行政复议\t\t\t\t\t行政诉讼',
    ]
    expect(found(rows.join('\n'))).toEqual([])
  })

  it('does not take sub-headings or 一是/二是 sentences for headings', () => {
    const text = [
      '（一）主动公开政府信息情况',
      '(二) 依申请公开政府信息情况',
      '二是主动公开的内容还不够全面，需进一步改进。',
      '一是主动公开意识不足。',
    ].join('\n')
    expect(found(text)).toEqual([])
  })

  it('maps the pre-2019 outline and skips 收费及减免', () => {
    const text = [
      '一、概述',
      '二、主动公开政府信息情况',
      '三、依申请公开政府信息情况',
      '四、政府信息公开的收费及减免情况',
      '五、因政府信息公开申请提起行政复议、行政诉讼的情况',
      '六、存在的主要问题及改进措施',
      '七、其他需要报告的事项',
    ].join('\n正文。\n')
    expect(found(text).map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6])
    expect(found(text)[3]![1]).toBe('五、因政府信息公开申请提起行政复议、行政诉讼的情况')
  })

  it('decides by the words when a numeral is duplicated or missing', () => {
    const text = [
      '一、总体情况',
      '三、收到和处理政府信息公开申请情况',
      '三、政府信息公开行政复议、行政诉讼情况',
      '存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ].join('\n正文。\n')
    expect(found(text).map(([n]) => n)).toEqual([1, 3, 4, 5, 6])
  })

  it('keeps numbers increasing: a later heading of an earlier section is dropped', () => {
    const text = [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '二、主动公开政府信息情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n正文。\n')
    expect(findSections(linesOf(text)).map((s) => [s.number, s.line])).toEqual([
      [1, 1],
      [2, 3],
      [3, 5],
      [4, 9],
    ])
  })

  it('leaves a missing heading absent', () => {
    const text = ['一、总体情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].join(
      '\n正文。\n',
    )
    expect(found(text).map(([n]) => n)).toEqual([1, 4, 5, 6])
  })

  it('returns increasing numbers on increasing lines for any order of headings and filler', () => {
    const filler = ['正文。', '', '\t0', '三、本年度办理结果\t(一) 予以公开', '（一）主动公开', '2021年，我乡认真贯彻落实条例。']
    const line = fc.oneof(fc.constantFrom(...canonical), fc.constantFrom(...filler))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (rows) => {
        const sections = findSections(linesOf(rows.join('\n')))
        for (let i = 1; i < sections.length; i++) {
          expect(sections[i]!.number).toBeGreaterThan(sections[i - 1]!.number)
          expect(sections[i]!.line).toBeGreaterThan(sections[i - 1]!.line)
        }
      }),
    )
  })

  it('finds exactly the headings present when they come in order', () => {
    fc.assert(
      fc.property(fc.subarray([0, 1, 2, 3, 4, 5]), (picked) => {
        const text = picked.map((i) => canonical[i]).join('\n正文。\n')
        expect(found(text).map(([n]) => n - 1)).toEqual(picked)
      }),
    )
  })
})

describe('findSections on large input', () => {
  it('stays linear when thousands of lines look like headings', () => {
    const text = ['某某乡2021年政府信息公开工作年度报告', ...Array(50_000).fill('一、总体情况'), '二、主动公开政府信息情况'].join('\n')
    expect(findSections(linesOf(text)).map((s) => [s.number, s.line])).toEqual([
      [1, 2],
      [2, 50_002],
    ])
  })
})

describe('findSections with other heading words', () => {
  it('takes 政府信息公开工作总体情况 as an exact heading, even without a numeral', () => {
    expect(found('一、政府信息公开工作总体情况')).toEqual([[1, '一、政府信息公开工作总体情况']])
    expect(found('政府信息公开工作总体情况')).toEqual([[1, '政府信息公开工作总体情况']])
  })

  it('does not take a bare word that only resembles a heading', () => {
    expect(found(['情况', '工作情况', '行政复议', '问题'].join('\n'))).toEqual([])
  })

  it('takes 问题及改进情况 but not 主要问题 alone', () => {
    expect(found('五、问题及改进情况')).toEqual([[5, '五、问题及改进情况']])
    expect(found('问题及改进措施')).toEqual([[5, '问题及改进措施']])
    expect(found('主要问题')).toEqual([])
  })
})
