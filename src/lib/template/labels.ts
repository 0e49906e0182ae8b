/**
 * Canonical row and column labels of the three statistical tables (exact strings of the
 * public record format). See ../shared/FORMAT.md and README「数据格式」.
 */
import type { TableFormat } from '../types.ts'

/** One row of table 二 with the columns its block has in a given format. */
export interface ProactiveRow {
  row: string
  /** Block caption, e.g. 第二十条第（一）项. */
  item: string
  columns: readonly string[]
}

/** Table 二 rows and columns, per format, in template order. */
export const proactiveRows: Record<TableFormat, readonly ProactiveRow[]> = {
  '2019': [
    { row: '规章', item: '第二十条第（一）项', columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'] },
    { row: '规范性文件', item: '第二十条第（一）项', columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'] },
    { row: '行政许可', item: '第二十条第（五）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'] },
    { row: '其他对外管理服务事项', item: '第二十条第（五）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'] },
    { row: '行政处罚', item: '第二十条第（六）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'] },
    { row: '行政强制', item: '第二十条第（六）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'] },
    { row: '行政事业性收费', item: '第二十条第（八）项', columns: ['上一年项目数量', '本年增/减'] },
    { row: '政府集中采购', item: '第二十条第（九）项', columns: ['采购项目数量', '采购总金额'] },
  ],
  '2021': [
    { row: '规章', item: '第二十条第（一）项', columns: ['本年制发件数', '本年废止件数', '现行有效件数'] },
    { row: '行政规范性文件', item: '第二十条第（一）项', columns: ['本年制发件数', '本年废止件数', '现行有效件数'] },
    { row: '行政许可', item: '第二十条第（五）项', columns: ['本年处理决定数量'] },
    { row: '行政处罚', item: '第二十条第（六）项', columns: ['本年处理决定数量'] },
    { row: '行政强制', item: '第二十条第（六）项', columns: ['本年处理决定数量'] },
    { row: '行政事业性收费', item: '第二十条第（八）项', columns: ['本年收费金额'] },
  ],
}

/** Money columns of table 二 (their unit is kept as written). */
export const moneyColumns: ReadonlySet<string> = new Set(['采购总金额', '本年收费金额'])

/** Table 三 value columns, in template order. */
export const requestColumns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const

/** The applicant columns whose sum is 总计. */
export const applicantColumns = requestColumns.slice(0, 6)

/** A value row of table 三 and the group it belongs to. */
export interface RequestRow {
  row: string
  /** Group heading: 一, 二, 三（一）…（七）, 四. */
  group: string
  /** True for rows that sum into （七）总计. */
  outcome: boolean
}

const refuse = [
  '属于国家秘密',
  '其他法律行政法规禁止公开',
  '危及“三安全一稳定”',
  '保护第三方合法权益',
  '属于三类内部事务信息',
  '属于四类过程性信息',
  '属于行政执法案卷',
  '属于行政查询事项',
]
const unable = ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']
const noAction = ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']
const other2021 = [
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '其他',
]

/** Build the table 三 row list of one format. */
function requestRowsOf(format: TableFormat): RequestRow[] {
  const other =
    format === '2019'
      ? [{ row: '其他处理', group: '（六）', outcome: true }]
      : other2021.map((row) => ({ row, group: '（六）其他处理', outcome: true }))
  return [
    { row: '本年新收政府信息公开申请数量', group: '一', outcome: false },
    { row: '上年结转政府信息公开申请数量', group: '二', outcome: false },
    { row: '予以公开', group: '（一）', outcome: true },
    { row: '部分公开', group: '（二）', outcome: true },
    ...refuse.map((row) => ({ row, group: '（三）不予公开', outcome: true })),
    ...unable.map((row) => ({ row, group: '（四）无法提供', outcome: true })),
    ...noAction.map((row) => ({ row, group: '（五）不予处理', outcome: true })),
    ...other,
    { row: '总计', group: '（七）', outcome: false },
    { row: '结转下年度继续办理', group: '四', outcome: false },
  ]
}

/** Table 三 value rows, per format, in template order (2019: 23 rows; 2021: 25 rows). */
export const requestRows: Record<TableFormat, readonly RequestRow[]> = {
  '2019': requestRowsOf('2019'),
  '2021': requestRowsOf('2021'),
}

/** Table 四 rows (groups) and columns, in template order. */
export const appealRows = ['行政复议', '未经复议直接起诉', '复议后起诉'] as const
export const appealColumns = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const
