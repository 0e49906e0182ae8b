/**
 * The data dictionary of the public record (`ReportRecord`, src/lib/types.ts) and of the bulk
 * tables (cells, the rows of the tidy CSV of cells-csv.ts, and reports; bulk/): every field path
 * or column with its type, meaning in Chinese and an example. Array items are written `[]` (`sections[].title`). tests/utils/data/data-dictionary.test.ts
 * checks it against the keys of real parsed records, so a new record field must be added here.
 */
import { tableNames, type TableKey } from '../../lib/template/tables.ts'
import type { BulkTable, ColumnType } from './bulk/bulk-table.ts'
import { cellTable } from './bulk/cell-table.ts'
import { reportTable } from './bulk/report-table.ts'
import type { csvColumns } from './cells-csv.ts'

/** One documented field. */
export interface FieldDoc {
  /** Dotted path; `[]` marks the items of an array. */
  path: string
  /** Type as in TypeScript: string, number, string | null, object, array… */
  type: string
  /** What the field means, in Chinese. */
  meaning: string
  /** An example value as JSON text ('' for objects and arrays). */
  example: string
}

/** The fields of a table cell under `prefix` (e.g. `tables.requests.cells[]`). */
function cellFields(prefix: string, row: string, column: string, value: string): FieldDoc[] {
  return [
    { path: prefix, type: 'object', meaning: '一个数值单元格，可追溯到原文的行号', example: '' },
    {
      path: `${prefix}.row`,
      type: 'string',
      meaning: '标准行标签（原文有错字或变体时也归到标准标签，见下方标签表）',
      example: JSON.stringify(row),
    },
    { path: `${prefix}.column`, type: 'string', meaning: '标准列标签', example: JSON.stringify(column) },
    {
      path: `${prefix}.value`,
      type: 'number | null',
      meaning: '数值；null 表示未填报（空白、“-”、“/”）或无法确定，不等于 0；“无”记为 0',
      example: value,
    },
    { path: `${prefix}.raw`, type: 'string', meaning: '原文中单元格的文字（仅去除首尾空白）', example: JSON.stringify(value) },
    {
      path: `${prefix}.unit`,
      type: 'string | null',
      meaning: '金额单位，按原文或表头（“万元”“元”）；非金额或未写单位时为 null，不做换算',
      example: 'null',
    },
    {
      path: `${prefix}.line`,
      type: 'number',
      meaning: '该数值所在的原文行号（从 1 起），可在原文页面定位；PDF、Word 文件为提取出的文字的行号',
      example: '62',
    },
    { path: `${prefix}.page`, type: 'number（可无）', meaning: '仅 PDF：该数值在原 PDF 文件中的页码（从 1 起）', example: '3' },
    {
      path: `${prefix}.uncertain`,
      type: 'object（可无）',
      meaning: '仅当单元格写了内容但无法可靠读取时出现（此时 value 为 null，从不猜测）：原因',
      example: '',
    },
    {
      path: `${prefix}.uncertain.ruleId`,
      type: 'string',
      meaning: '说明原因的问题类型编号（cell-count、row-unreadable）',
      example: '"cell-count"',
    },
    {
      path: `${prefix}.uncertain.message`,
      type: 'string',
      meaning: '原因说明（中文）',
      example: '"表三「3.危及“三安全一稳定”」行有 6 个单元格……"',
    },
    {
      path: `${prefix}.corrected`,
      type: 'object（可无）',
      meaning: '仅当编辑在文件头更正了这个数值时出现：value 为更正后的值，raw、line 仍指原文',
      example: '',
    },
    {
      path: `${prefix}.corrected.from`,
      type: 'number | null',
      meaning: '更正前按原文读出的值（原文空白或无法读取时为 null）',
      example: '510',
    },
    { path: `${prefix}.corrected.reason`, type: 'string', meaning: '更正理由（编辑填写）', example: '"原文误印为 510，以存档原件为准"' },
  ]
}

/** A table's name in running text: 表二「主动公开政府信息情况」. */
const tableName = (key: TableKey): string => `${tableNames[key].short}「${tableNames[key].title}」`

/** The fields of table 二 or 三 under `key`. */
function formattedTableFields(key: Exclude<TableKey, 'appeals'>, row: string, column: string, value: string): FieldDoc[] {
  const prefix = `tables.${key}`
  return [
    { path: prefix, type: 'object | null', meaning: `${tableName(key)}；报告中未找到该表时为 null`, example: '' },
    {
      path: `${prefix}.format`,
      type: '"2019" | "2021"',
      meaning: '该表所用的年度报告格式（按表内标签判断，不按报告年度）',
      example: '"2021"',
    },
    { path: `${prefix}.line`, type: 'number', meaning: '该表在原文中的起始行号', example: '41' },
    { path: `${prefix}.cells`, type: 'array', meaning: '该表的全部数值单元格，按模板顺序', example: '' },
    ...cellFields(`${prefix}.cells[]`, row, column, value),
  ]
}

/** Every field of the record, in record order. */
export const recordFields: readonly FieldDoc[] = [
  {
    path: 'id',
    type: 'string',
    meaning: '报告编号：12 位统计用区划代码加年度；无代码时为 x 加机关名称的哈希再加年度（改正文字不会改变网址）。用于网址',
    example: '"640521205000-2021"',
  },
  { path: 'source', type: 'object', meaning: '原文文件', example: '' },
  { path: 'source.path', type: 'string', meaning: '原文文件在仓库中的路径', example: '"content/reports/中宁县徐套乡-2021.txt"' },
  {
    path: 'source.encoding',
    type: 'string | null',
    meaning: '识别出的文件编码（utf-8、utf-16le、gb18030 等）；无法识别时为 null',
    example: '"utf-8"',
  },
  {
    path: 'source.sha256',
    type: 'string',
    meaning: '原文文件字节的 SHA-256 摘要（十六进制），用于核对文件是否变动',
    example: '"f8c8e970…"',
  },
  {
    path: 'source.reader',
    type: 'string | null',
    meaning: '读取文件所用的格式：text（文本）、markdown、html（网页）、mhtml（单个文件网页）、docx、doc（Word）、pdf；不支持的文件为 null',
    example: '"text"',
  },
  { path: 'source.pages', type: 'number | null', meaning: '仅 PDF：文件的页数；其他格式为 null', example: 'null' },
  { path: 'organ', type: 'object', meaning: '发布报告的行政机关及其所在地区；无法确定的字段为 null', example: '' },
  { path: 'organ.name', type: 'string | null', meaning: '机关名称', example: '"中宁县徐套乡人民政府"' },
  { path: 'organ.township', type: 'string | null', meaning: '乡镇（街道）名称，按全国区划名录的写法', example: '"徐套乡"' },
  { path: 'organ.county', type: 'string | null', meaning: '县级行政区名称', example: '"中宁县"' },
  { path: 'organ.prefecture', type: 'string | null', meaning: '地级行政区名称', example: '"中卫市"' },
  { path: 'organ.province', type: 'string | null', meaning: '省级行政区名称', example: '"宁夏回族自治区"' },
  { path: 'organ.code', type: 'string | null', meaning: '乡镇的 12 位统计用区划代码', example: '"640521205000"' },
  { path: 'year', type: 'number | null', meaning: '报告年度（报告所述的年份，不是发布年份）；未能识别时为 null', example: '2021' },
  { path: 'publishedOn', type: 'string | null', meaning: '发布（落款）日期，格式 YYYY-MM-DD；原文未写时为 null', example: '"2022-01-04"' },
  { path: 'documentNumber', type: 'string | null', meaning: '文号；原文未写时为 null', example: '"东凤府发[2021]20号"' },
  { path: 'sections', type: 'array', meaning: '找到的章节标题（一至六），按原文顺序', example: '' },
  { path: 'sections[]', type: 'object', meaning: '一个章节标题', example: '' },
  { path: 'sections[].number', type: '1 | 2 | 3 | 4 | 5 | 6', meaning: '章节序号：1 总体情况 … 6 其他需要报告的事项', example: '2' },
  { path: 'sections[].title', type: 'string', meaning: '原文中的章节标题', example: '"二、主动公开政府信息情况"' },
  { path: 'sections[].line', type: 'number', meaning: '标题所在的原文行号', example: '39' },
  { path: 'tables', type: 'object', meaning: '三张统计表', example: '' },
  ...formattedTableFields('proactive', '行政处罚', '本年处理决定数量', '51'),
  ...formattedTableFields('requests', '本年新收政府信息公开申请数量', '自然人', '0'),
  {
    path: 'tables.appeals',
    type: 'object | null',
    meaning: `${tableName('appeals')}（两种格式相同，故无 format）；未找到时为 null`,
    example: '',
  },
  { path: 'tables.appeals.line', type: 'number', meaning: '该表在原文中的起始行号', example: '91' },
  {
    path: 'tables.appeals.cells',
    type: 'array',
    meaning: '该表的 15 个数值单元格：行为 行政复议、未经复议直接起诉、复议后起诉',
    example: '',
  },
  ...cellFields('tables.appeals.cells[]', '行政复议', '总计', '0'),
  { path: 'narrative', type: 'object', meaning: '报告正文（表格以外的文字），按章节分段，每段带原文行号', example: '' },
  { path: 'narrative.intro', type: 'array', meaning: '第一部分标题之前的文字（标题、前言）', example: '' },
  { path: 'narrative.intro[]', type: 'object', meaning: '一段文字', example: '' },
  {
    path: 'narrative.intro[].text',
    type: 'string',
    meaning: '该段文字',
    example: '"中宁县徐套乡人民政府 2021 年政府信息公开工作年度报告"',
  },
  { path: 'narrative.intro[].line', type: 'number', meaning: '该段所在的原文行号', example: '3' },
  { path: 'narrative.sections', type: 'array', meaning: '各章节的正文（不含标题），按原文顺序', example: '' },
  { path: 'narrative.sections[]', type: 'object', meaning: '一个章节的正文', example: '' },
  { path: 'narrative.sections[].number', type: '1 | 2 | 3 | 4 | 5 | 6', meaning: '章节序号，对应 sections[].number', example: '1' },
  { path: 'narrative.sections[].paragraphs', type: 'array', meaning: '该章节的各段文字', example: '' },
  { path: 'narrative.sections[].paragraphs[]', type: 'object', meaning: '一段文字', example: '' },
  { path: 'narrative.sections[].paragraphs[].text', type: 'string', meaning: '该段文字', example: '"2021年共发布各类信息1630余条……"' },
  { path: 'narrative.sections[].paragraphs[].line', type: 'number', meaning: '该段所在的原文行号', example: '13' },
  {
    path: 'sourceUrl',
    type: 'string | null',
    meaning: '这份报告的官方发布网址（编辑在文件头填写的 http/https 网址）；未填写时为 null',
    example: '"https://www.znx.gov.cn/zwgk/zfxxgknb/202201/t20220118_1234.html"',
  },
  {
    path: 'corrections',
    type: 'array',
    meaning: '编辑在文件头所作的更正（读错的数值或字段），每条带原读数和理由；没有更正时为空列表',
    example: '',
  },
  { path: 'corrections[]', type: 'object', meaning: '一条更正', example: '' },
  { path: 'corrections[].target', type: 'object', meaning: '更正的对象：表格单元格（table、row、column）或字段（field）', example: '' },
  {
    path: 'corrections[].target.table',
    type: '"proactive" | "requests" | "appeals"（可无）',
    meaning: '单元格所在的表（表二、表三、表四）',
    example: '"proactive"',
  },
  { path: 'corrections[].target.row', type: 'string（可无）', meaning: '单元格的标准行标签', example: '"行政处罚"' },
  { path: 'corrections[].target.column', type: 'string（可无）', meaning: '单元格的标准列标签', example: '"本年处理决定数量"' },
  {
    path: 'corrections[].target.field',
    type: 'string（可无）',
    meaning: '更正的字段：organ、township、county、prefecture、province、code、year、publishedOn、documentNumber',
    example: '"publishedOn"',
  },
  { path: 'corrections[].from', type: 'number | string | null', meaning: '更正前按原文读出的值', example: '510' },
  { path: 'corrections[].to', type: 'number | string | null', meaning: '更正后的值（即记录中现在的值）', example: '51' },
  { path: 'corrections[].reason', type: 'string', meaning: '更正理由', example: '"原文误印为 510，以县司法局行政执法统计为准"' },
  { path: 'corrections[].at', type: 'object', meaning: '更正写在哪里', example: '' },
  {
    path: 'corrections[].at.path',
    type: 'string',
    meaning: '写有这条更正的文件：报告文件本身，或旁边同名的 .yaml 文件',
    example: '"content/reports/中宁县徐套乡-2021.yaml"',
  },
  { path: 'corrections[].at.line', type: 'number', meaning: '该文件中这条更正所在的行', example: '4' },
  {
    path: 'supersedes',
    type: 'string | null',
    meaning: '本报告是更正版（修订版）时，它取代的旧文件名（旧文件不发布）；否则为 null',
    example: '"中宁县徐套乡-2021.txt"',
  },
  { path: 'diagnostics', type: 'array', meaning: '核对发现的问题（勾稽关系、缺项、识别中的不确定之处等），见下方“问题类型”', example: '' },
  { path: 'diagnostics[]', type: 'object', meaning: '一条问题', example: '' },
  { path: 'diagnostics[].ruleId', type: 'string', meaning: '问题类型编号', example: '"cell-blank"' },
  {
    path: 'diagnostics[].severity',
    type: '"error" | "warning" | "info"',
    meaning: '严重程度：error 错误（文件不能成为报告，构建失败）、warning 警告、info 提示',
    example: '"warning"',
  },
  { path: 'diagnostics[].message', type: 'string', meaning: '问题说明（中文）', example: '"表三「予以公开」行「自然人」为空，视为未填报"' },
  { path: 'diagnostics[].line', type: 'number | null', meaning: '问题所在的原文行号；不对应具体位置时为 null', example: '68' },
  {
    path: 'diagnostics[].column',
    type: 'number | null',
    meaning: '问题所在的列（该行第几个字符，从 1 起）；不对应具体位置时为 null',
    example: '1',
  },
  { path: 'diagnostics[].cause', type: 'object（可无）', meaning: '问题涉及的另一个文件（如重复报告的另一份）', example: '' },
  { path: 'diagnostics[].cause.path', type: 'string', meaning: '另一个文件的路径', example: '"content/reports/中宁县徐套乡-2021.txt"' },
  { path: 'diagnostics[].cause.line', type: 'number | null', meaning: '另一个文件中的行号', example: '1' },
  {
    path: 'quality',
    type: 'array',
    meaning:
      '质量卡：各条核对规则做的每一项核对（表内勾稽关系、完整性、正文与表格、与上一年度的衔接），无论通过与否；不一致的各项也在 diagnostics 中',
    example: '',
  },
  { path: 'quality[]', type: 'object', meaning: '一项核对', example: '' },
  { path: 'quality[].ruleId', type: 'string', meaning: '核对规则编号（见下方“问题类型”）', example: '"request-balance"' },
  { path: 'quality[].subject', type: 'string', meaning: '核对的对象', example: '"表三「自然人」列"' },
  { path: 'quality[].formula', type: 'string', meaning: '核对的公式或要求（中文）', example: '"一 + 二 = 三（七）总计 + 四"' },
  {
    path: 'quality[].status',
    type: '"pass" | "fail" | "unknown"',
    meaning: 'pass 通过；fail 不一致（同时是一条 diagnostics）；unknown 无法核对（单元格未填报、表格缺失等，原因见 reason）',
    example: '"pass"',
  },
  { path: 'quality[].left', type: 'number | null（可无）', meaning: '公式左边的值（非数值的核对没有此项）', example: '47' },
  { path: 'quality[].right', type: 'number | null（可无）', meaning: '公式右边的值', example: '45' },
  { path: 'quality[].difference', type: 'number | null（可无）', meaning: '两边之差的绝对值', example: '2' },
  {
    path: 'quality[].reason',
    type: 'string（可无）',
    meaning: '不一致或无法核对的原因（中文）',
    example: '"「结转下年度继续办理」行「自然人」列为空（未填报），不能当作 0"',
  },
  { path: 'quality[].line', type: 'number | null', meaning: '核对所指的原文行号；不对应具体位置时为 null', example: '68' },
]

/** One documented column of a bulk table (CSV and Parquet). */
export interface CsvColumnDoc {
  column: string
  /** The column's type in Parquet, for people: 文本、整数、数值、日期, and 可空 when it may be empty. */
  type: string
  meaning: string
  example: string
}

/** Chinese names of the Parquet types (CSV is text throughout). */
const typeNames: Record<ColumnType, string> = { STRING: '文本', INT32: '整数', DOUBLE: '数值', DATE: '日期' }

/** The documented columns of a bulk table, in its order, from meanings keyed by column name. */
function columnDocs(table: BulkTable, meanings: Record<string, [string, string]>): CsvColumnDoc[] {
  return table.columns.map((c) => ({
    column: c.name,
    type: `${typeNames[c.type]}${c.required ? '' : '，可空'}`,
    meaning: meanings[c.name]![0],
    example: meanings[c.name]![1],
  }))
}

const csvMeanings: Record<(typeof csvColumns)[number], [string, string]> = {
  report_id: ['报告编号（记录的 id）', '640521205000-2021'],
  township: ['乡镇（街道）名称', '徐套乡'],
  county: ['县级行政区', '中宁县'],
  prefecture: ['地级行政区', '中卫市'],
  province: ['省级行政区', '宁夏回族自治区'],
  code: ['乡镇的 12 位统计用区划代码（文本，保留开头的 0）', '640521205000'],
  year: ['报告年度', '2021'],
  table: ['表名：表二、表三、表四', '表二'],
  format: ['该表的格式：2019 或 2021（表四为空）', '2021'],
  row: ['标准行标签', '行政处罚'],
  column: ['标准列标签', '本年处理决定数量'],
  value: ['数值；空表示未填报，不是 0', '51'],
  raw: ['原文中的单元格文字', '51'],
  unit: ['金额单位（万元、元），按原文；其他为空', ''],
  source_line: ['数值所在的原文行号', '51'],
  source_path: ['原文文件路径', 'content/reports/中宁县徐套乡-2021.txt'],
  corrected_from: ['仅更正过的单元格：更正前按原文读出的值（原文空白或读不出时为空）；value 是更正后的值', '510'],
  correction_reason: ['仅更正过的单元格：更正理由；未更正的单元格为空', '原文误印为 510，以存档原件为准'],
}

/** Every column of the cells table (cells.csv.gz, cells.parquet and each report's CSV), in order. */
export const csvColumnDocs: readonly CsvColumnDoc[] = columnDocs(cellTable, csvMeanings)

const reportMeanings: Record<string, [string, string]> = {
  report_id: ['报告编号（记录的 id），与 cells 表的 report_id 对应', '640521205000-2021'],
  organ: ['发布报告的机关', '中宁县徐套乡人民政府'],
  township: ['乡镇（街道）名称', '徐套乡'],
  county: ['县级行政区', '中宁县'],
  prefecture: ['地级行政区', '中卫市'],
  province: ['省级行政区（报告中的写法）', '宁夏回族自治区'],
  code: ['乡镇的 12 位统计用区划代码', '640521205000'],
  province_code: ['省级区划代码（2 位），即所在分区的文件夹名；无法确定时为空', '64'],
  year: ['报告年度', '2021'],
  published_on: ['落款日期', '2022-01-20'],
  document_number: ['文号', ''],
  source_url: ['官方发布网址', ''],
  source_path: ['原文文件路径', 'content/reports/中宁县徐套乡-2021.txt'],
  source_sha256: ['原文文件的 SHA-256 摘要', 'f8c8…'],
  source_reader: ['读取原文所用的格式（text、html、pdf 等）', 'text'],
  source_pages: ['PDF 的页数；其他格式为空', ''],
  proactive_format: ['表二的格式 2019 或 2021；未找到表二时为空', '2021'],
  requests_format: ['表三的格式 2019 或 2021；未找到表三时为空', '2021'],
  proactive_cells: ['表二的单元格数；未找到表二时为空', '40'],
  requests_cells: ['表三的单元格数；未找到表三时为空', '175'],
  appeals_cells: ['表四的单元格数；未找到表四时为空', '15'],
  blank_cells: ['值为空（未填报或读不出）的单元格数', '3'],
  corrected_cells: ['编辑更正过的单元格数', '0'],
  warnings: ['核对发现的“警告”条数', '1'],
  infos: ['核对发现的“提示”条数', '2'],
  supersedes: ['本报告是更正版时，它取代的旧文件名', ''],
}

/** Every column of the reports table (reports.csv.gz, reports.parquet), in order. */
export const reportColumnDocs: readonly CsvColumnDoc[] = columnDocs(reportTable, reportMeanings)
