/**
 * The words of the three tables: row labels with their known variants, group labels that
 * carry no values, and header words. Used to recognise tables and map cells.
 */
import { indexLabels, type LabelEntry } from './label-match.ts'
import { requestRows } from './labels.ts'

/** Table 二 row labels (both formats). */
export const proactiveRowIndex = indexLabels([
  { label: '规章' },
  { label: '规范性文件' },
  { label: '行政规范性文件' },
  { label: '行政许可' },
  { label: '其他对外管理服务事项', variants: ['其他对外管理服务'] },
  { label: '行政处罚' },
  { label: '行政强制' },
  { label: '行政事业性收费' },
  { label: '政府集中采购' },
])

/** Table 二 column headers (both formats); unit notes are stripped by the key. */
export const proactiveColumnIndex = indexLabels([
  { label: '本年新制作数量' },
  { label: '本年新公开数量' },
  { label: '对外公开总数量' },
  { label: '上一年项目数量' },
  { label: '本年增/减', variants: ['本年增减', '本年增加/减少', '增/减'] },
  { label: '处理决定数量' },
  { label: '采购项目数量' },
  { label: '采购总金额', variants: ['采购总金额（万元）', '采购总金额(元)'] },
  { label: '本年制发件数' },
  { label: '本年废止件数' },
  { label: '现行有效件数' },
  { label: '本年处理决定数量' },
  { label: '本年收费金额', variants: ['本年收费金额（单位：万元）', '本年收费金额（万元）'] },
])

/** Every table 三 value row of both formats, with typos seen in real reports. */
const requestVariants: Record<string, string[]> = {
  本年新收政府信息公开申请数量: ['本年新收政府信息公开数量', '本年新收申请数量'],
  上年结转政府信息公开申请数量: ['上年结转政府信息公开数量'],
  部分公开: ['部分公开区分处理的只计这一情形不计其他情形'],
  其他处理: [],
  总计: ['合计'],
  结转下年度继续办理: ['结转下年度继续办理的'],
}

/** Table 三 row labels of both formats. */
export const requestRowIndex = indexLabels(
  [...new Set([...requestRows['2019'], ...requestRows['2021']].map((r) => r.row))].map((label): LabelEntry => ({
    label,
    variants: requestVariants[label],
  })),
)

/** Table 三 group labels that carry no values of their own (（六）其他处理 is one in 2021 only). */
export const requestGroupIndex = indexLabels([
  { label: '本年度办理结果', variants: ['本年度办理结案'] },
  { label: '不予公开' },
  { label: '无法提供' },
  { label: '不予处理' },
])

/** Table 三 header words. */
export const requestHeaderIndex = indexLabels([
  { label: '申请人情况' },
  { label: '自然人' },
  { label: '法人或其他组织' },
  { label: '商业企业', variants: ['企业'] },
  { label: '科研机构', variants: ['机构'] },
  { label: '社会公益组织', variants: ['社会组织', '公益组织'] },
  { label: '法律服务机构', variants: ['服务机构'] },
  { label: '其他' },
  { label: '总计' },
])

/** Table 四 words: the three groups, the five outcome columns and the two header captions. */
export const appealGroupIndex = indexLabels([{ label: '行政复议' }, { label: '未经复议直接起诉' }, { label: '复议后起诉' }])
export const appealColumnIndex = indexLabels([
  { label: '结果维持' },
  { label: '结果纠正' },
  { label: '其他结果' },
  { label: '尚未审结' },
  { label: '总计' },
])
export const appealCaptionIndex = indexLabels([{ label: '行政诉讼' }])
