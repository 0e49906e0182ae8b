/**
 * The data dictionary of the Excel-friendly CSV (wide-csv.ts): its columns, and what a value cell
 * holds when it holds no number. tests/utils/data/data-dictionary.test.ts checks them against the
 * CSV's real header and marks.
 */
import type { CsvColumnDoc } from './data-dictionary.ts'
import { cellMarks, wideLeadColumns, wideTailColumns } from './wide-csv.ts'

/** The columns before and after the value columns, in order. */
const namedColumns: Record<(typeof wideLeadColumns)[number] | (typeof wideTailColumns)[number], Omit<CsvColumnDoc, 'column'>> = {
  区划代码: {
    type: '文本（写作 ="…"）',
    meaning:
      '乡镇的 12 位统计用区划代码，写作 ="640521205000"：Excel、WPS 把它算成文本，完整显示 12 位（直接写数字会显示成 6.40521E+11，再保存就丢了后几位）。用程序读取时去掉外面的 =" 和 "，或改读长格式 CSV；代码未确定时为空',
    example: '="640521205000"',
  },
  县: { type: '文本', meaning: '县级行政区', example: '中宁县' },
  乡镇: { type: '文本', meaning: '乡镇（街道）名称', example: '徐套乡' },
  年度: { type: '整数', meaning: '报告年度', example: '2021' },
  表: { type: '文本', meaning: '表二、表三或表四', example: '表三' },
  分组: {
    type: '文本',
    meaning:
      '该行在报告表格中所在的标题，由外到内，以空格分隔：表二为“第二十条第（X）项”；表三为“一”“二”“四”或“三、本年度办理结果 （N）……”；表四为“行政复议”或“行政诉讼”。单独的“总计”“其他”等行也带着自己的分组',
    example: '三、本年度办理结果 （七）',
  },
  项目: {
    type: '文本',
    meaning: '标准行标签（即长格式的 row）；报告中没有找到某张表时，该表只有一行，写“（未找到此表）”',
    example: '总计',
  },
  单位: { type: '文本，可空', meaning: '该行金额的单位（万元、元），按原文；不是金额或原文未写单位时为空', example: '万元' },
  原文行: { type: '整数或文本，可空', meaning: '该行数值所在的原文行号；分在几行时写作“62–68”', example: '51' },
  备注: {
    type: '文本，可空',
    meaning: '编辑更正过的数值（更正前的读数和理由）、无法确定的原因、未找到的表',
    example: '本年处理决定数量已更正，原文读作 510（原文误印为 510）',
  },
}

/** Every column of the Excel-friendly CSV, the value columns as one entry between lead and tail. */
export const wideColumnDocs: readonly CsvColumnDoc[] = [
  ...wideLeadColumns.map((column) => ({ column, ...namedColumns[column] })),
  {
    column: '各栏（本年制发件数 …… 总计）',
    type: '数值或文本',
    meaning:
      '报告各表的栏目，按模板顺序，列名是标准列标签（即长格式的 column）：2019 年格式与 2021 年格式的表二栏目不同，文件只有该报告用到的栏目；表三、表四都有的“总计”合为一列，放在最后。单元格是数值，或下表的文字',
    example: '51',
  },
  ...wideTailColumns.map((column) => ({ column, ...namedColumns[column] })),
]

/** What a value cell of the Excel-friendly CSV may hold, and what it means. */
export interface CellMarkDoc {
  /** The cell as written ('' for an empty cell). */
  mark: string
  meaning: string
  /** The same cell in the long CSV. */
  long: string
}

/** The value cells of the Excel-friendly CSV: a number, three words, or empty. */
export const cellMarkDocs: readonly CellMarkDoc[] = [
  { mark: '51', meaning: '数值（原文写“0”或“无”时为 0）；更正过的数值见备注', long: 'value 为该数' },
  { mark: cellMarks.blank, meaning: '原文该格空白、“-”或“/”：未填报，不等于 0', long: 'value 为空' },
  { mark: cellMarks.uncertain, meaning: '原文写了内容，但无法可靠读取（从不猜测），原因见备注', long: 'value 为空' },
  { mark: cellMarks.absent, meaning: '模板中有这一格，但在原文中没有找到', long: '没有这一行' },
  { mark: '', meaning: '无此项：这一栏不属于该行（如表三各行的“本年制发件数”栏）', long: '没有这一行' },
]
