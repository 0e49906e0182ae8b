import { describe, expect, it } from 'vitest'
import type { Cell } from '../../../src/lib/types.ts'
import { appealPhrases, proactivePhrases, requestPhrases, tablePhrases } from '../../../src/utils/search/table-phrases.ts'
import { sampleRecord } from '../report/samples.ts'

const cell = (row: string, column: string, value: number | null, extra: Partial<Cell> = {}): Cell => ({
  row,
  column,
  value,
  raw: value === null ? '' : String(value),
  unit: null,
  line: 1,
  ...extra,
})

describe('proactivePhrases (table 二)', () => {
  it('names the table, the row and every column with its value', () => {
    const phrases = tablePhrases(sampleRecord('640521205000-2021'), 'proactive')
    expect(phrases).toContain('表二 行政处罚 本年处理决定数量 51')
    expect(phrases).toContain('表二 规章 本年制发件数 0，本年废止件数 0，现行有效件数 0')
    expect(phrases).toContain('表二 行政事业性收费 本年收费金额 3.2 万元')
  })

  it('says 未填报 or 无法确定 for blank cells and leaves out cells that were not found', () => {
    const phrases = proactivePhrases({
      format: '2019',
      cells: [
        cell('行政处罚', '上一年项目数量', null),
        cell('行政处罚', '本年增/减', 12, { raw: '+12' }),
        cell('行政处罚', '处理决定数量', null, { raw: '不详', uncertain: { ruleId: 'cell-text', message: '…' } }),
        cell('政府集中采购', '采购总金额', 518, { unit: '万元' }),
      ],
    })
    expect(phrases).toEqual([
      '表二 行政处罚 上一年项目数量 未填报，本年增/减 +12，处理决定数量 无法确定',
      '表二 政府集中采购 采购总金额 518 万元',
    ])
  })
})

describe('requestPhrases (table 三)', () => {
  it('names 总计 and the columns that are not 0, with the row labelled as on the page, and leaves out outcomes no request had', () => {
    const phrases = requestPhrases({
      format: '2021',
      cells: [
        cell('本年新收政府信息公开申请数量', '自然人', 3),
        cell('本年新收政府信息公开申请数量', '商业企业', 0),
        cell('本年新收政府信息公开申请数量', '总计', 3),
        cell('属于国家秘密', '自然人', 0),
        cell('属于国家秘密', '总计', 0),
        cell('重复申请', '法律服务机构', 1),
        cell('重复申请', '总计', 1),
        cell('上年结转政府信息公开申请数量', '总计', 0),
        cell('总计', '总计', 3),
        cell('结转下年度继续办理', '其他', null),
      ],
    })
    expect(phrases).toEqual([
      '表三 一、本年新收政府信息公开申请数量 自然人 3，总计 3',
      '表三 二、上年结转政府信息公开申请数量 总计 0',
      '表三 （五）不予处理 2.重复申请 法律服务机构 1，总计 1',
      '表三 （七）总计 3',
      '表三 四、结转下年度继续办理 其他 未填报',
    ])
  })
})

describe('appealPhrases (table 四)', () => {
  it('gives one phrase per group of outcomes', () => {
    const phrases = appealPhrases({
      cells: [
        cell('行政复议', '结果纠正', 1),
        cell('行政复议', '总计', 1),
        cell('复议后起诉', '尚未审结', 2),
        cell('复议后起诉', '总计', 2),
      ],
    })
    expect(phrases).toEqual(['表四 行政复议 结果纠正 1，总计 1', '表四 行政诉讼 复议后起诉 尚未审结 2，总计 2'])
  })

  it('gives nothing for a table that was not found', () => {
    expect(tablePhrases({ tables: { proactive: null, requests: null, appeals: null } }, 'appeals')).toEqual([])
  })
})
