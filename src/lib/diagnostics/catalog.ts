/**
 * Every diagnostic the engine can report while reading a file, declared once: its id, its
 * default severity (and any other it may take), the stage that reports it and its meaning in
 * Chinese. The consistency rules declare themselves in their own files (src/lib/rules); the
 * full list (`ruleCatalog`) is assembled in src/lib/rules/catalog.ts and drives the site's rule
 * table, rules/README.md and the README. `report()` accepts only declared ids and severities.
 */
import type { Severity } from '../types.ts'

/** The stage that reports a diagnostic, in pipeline order. */
export type Stage = 'read' | 'front-matter' | 'place' | 'tables' | 'check' | 'collection'

/** Each stage's name for people. */
export const stageNames: Record<Stage, string> = {
  read: '读取文件',
  'front-matter': '文件头部',
  place: '识别地区',
  tables: '识别表格',
  check: '核对',
  collection: '报告集',
}

/** One declared diagnostic. */
export interface Declaration {
  severity: Severity
  /** Other severities the same id may be reported with (e.g. a warning that is only an info in one case). */
  also?: readonly Severity[]
  stage: Stage
  /** What it means and what the site does about it (Chinese). */
  meaning: string
}

/** The diagnostics of the reading stages (not the consistency rules). */
export const declarations = {
  'empty-file': { severity: 'error', stage: 'read', meaning: '文件是空的，没有可读取的内容' },
  encoding: {
    severity: 'error',
    also: ['warning'],
    stage: 'read',
    meaning: '无法识别文件编码或文件不是文本（可读取 UTF-8、UTF-16、GB18030），请另存为 UTF-8 文本；个别字节无法解码时为警告',
  },
  'read-error': { severity: 'error', stage: 'read', meaning: '文件不存在或无法读取' },
  'unsupported-file': {
    severity: 'error',
    stage: 'read',
    meaning: '不支持的文件类型：报告应为 PDF、Word（.docx/.doc）、网页（.html/.mht）或文本（.txt/.md）文件',
  },
  'html-unreadable': { severity: 'error', stage: 'read', meaning: '网页文件无法完整读取' },
  'html-in-text': { severity: 'warning', stage: 'read', meaning: '文本文件中含有 HTML 标签；网站按纯文本显示，不执行其中任何代码' },
  'pdf-no-text': {
    severity: 'error',
    stage: 'read',
    meaning: 'PDF 是扫描件，没有文字层，无法读取其中的文字和数字；请向发布单位索取可复制文字的 PDF 或 Word 原件',
  },
  'pdf-garbled': {
    severity: 'error',
    stage: 'read',
    meaning: 'PDF 的文字层无法还原为正常汉字（字体缺少编码映射），为避免读错数字，不予读取',
  },
  'pdf-encrypted': { severity: 'error', stage: 'read', meaning: 'PDF 设有密码，无法读取；请提供未加密的文件' },
  'pdf-too-long': { severity: 'error', stage: 'read', meaning: 'PDF 页数过多，超出单份年度报告的合理篇幅，未读取' },
  'pdf-unreadable': { severity: 'error', stage: 'read', meaning: 'PDF 文件已损坏或不完整，无法读取' },
  'pdf-image-page': {
    severity: 'warning',
    stage: 'read',
    meaning: 'PDF 中有的页面没有文字层（扫描图片或空白页），这些页面上的内容无法读取',
  },
  'word-unreadable': { severity: 'error', stage: 'read', meaning: 'Word 文件无法读取（已损坏、设有密码或实为其他格式）' },
  'word-extension': { severity: 'info', stage: 'read', meaning: '文件扩展名与内容不符（如 .doc 实为 .docx 或网页），已按实际格式读取' },
  'internal-error': { severity: 'error', stage: 'read', meaning: '解析时发生程序内部错误，请告知网站维护者' },
  'not-a-report': { severity: 'error', stage: 'read', meaning: '找不到年度报告的标题、章节或统计表，不像一份政府信息公开工作年度报告' },
  'no-tables': {
    severity: 'error',
    stage: 'read',
    meaning: '表二、表三、表四一张也没有读出来：统计数字不会出现在网站上，不能发布；报告确实没有统计表时在文件头写明 noTables: true',
  },
  'missing-year': { severity: 'warning', stage: 'read', meaning: '未能从标题中识别报告年度，可在文件头部写明 year 字段' },
  'year-mismatch': {
    severity: 'warning',
    also: ['info'],
    stage: 'read',
    meaning: '报告年度与正文所写的统计期限或文件名中的年份不一致（可能归错了年度）；文件头已写明年度时为提示',
  },
  'year-from-text': {
    severity: 'info',
    stage: 'read',
    meaning: '标题中没有年度，按正文开头最常出现的年份认定报告年度；如有误可在文件头部写明 year 字段',
  },
  'front-matter': {
    severity: 'error',
    also: ['warning'],
    stage: 'front-matter',
    meaning: '文件头部的元数据（front matter）有误：格式错误或取值无效为错误，未知字段为警告（已忽略）',
  },
  correction: {
    severity: 'info',
    stage: 'front-matter',
    meaning: '编辑在文件头（corrections）更正了一个读错的数值或字段：网站显示更正后的值并标明“已更正”，原文读数和理由可查',
  },
  'correction-invalid': {
    severity: 'error',
    also: ['warning'],
    stage: 'front-matter',
    meaning: '文件头中的一条更正无法采用（表名、行、列或字段找不到，值无效）：更正不会被悄悄忽略，请改正；更正值与原文读数相同时为警告',
  },
  'place-unknown': { severity: 'warning', stage: 'place', meaning: '全国区划名录中找不到报告中的乡镇名称' },
  'place-ambiguous': { severity: 'warning', stage: 'place', meaning: '乡镇名称对应多个地区，无法确定是哪一个' },
  'place-mismatch': { severity: 'warning', stage: 'place', meaning: '报告写明的县市中没有该乡镇，同名乡镇只见于其他地区' },
  'place-alias': {
    severity: 'info',
    stage: 'place',
    meaning: '报告中的写法与名录不同（如“凤山乡/风山乡”），按别名或同县仅差一字的名称认定',
  },
  'place-context': { severity: 'info', stage: 'place', meaning: '同名乡镇有多处，根据正文中出现的县市名称认定' },
  'place-from-text': { severity: 'info', stage: 'place', meaning: '机关名称和标题中没有乡镇名称，取自正文' },
  'place-hint-unknown': { severity: 'warning', stage: 'place', meaning: '文件头部写的县、地、省名不在全国区划名录中，未用于确定乡镇' },
  'place-code-unknown': { severity: 'warning', stage: 'place', meaning: '文件头部的区划代码不在全国区划名录或 content/places.yaml 中' },
  'place-code-mismatch': {
    severity: 'warning',
    stage: 'place',
    meaning: '文件头部的区划代码是另一个乡镇的代码（与报告写的乡镇名称不符），按代码认定，请核对',
  },
  'place-code-invalid': { severity: 'warning', stage: 'place', meaning: '文件头部的区划代码不是 12 位统计用区划代码，已忽略' },
  'place-registry-invalid': { severity: 'error', stage: 'place', meaning: '地区补充名录 content/places.yaml 无法读取或格式错误' },
  'place-registry-entry': {
    severity: 'warning',
    stage: 'place',
    meaning: '地区补充名录 content/places.yaml 中某一条目有问题，该条目未采用',
  },
  'duplicate-table': { severity: 'warning', stage: 'tables', meaning: '同一张表出现不止一次：采用第一张，其余未采用' },
  'table-format': {
    severity: 'warning',
    also: ['info'],
    stage: 'tables',
    meaning: '表格格式（2019 或 2021）的判断：表内混有两种格式的标签，或无表头可判断而按数值个数判断，或某行不属于所判断的格式而未采用',
  },
  'duplicate-row': { severity: 'warning', stage: 'tables', meaning: '同一行出现了两次，只采用第一次' },
  'row-unknown': {
    severity: 'warning',
    stage: 'tables',
    meaning: '表格中有一行的行名不是模板中的行名（可能被截断或有错字），这一行的数值未采用；在该行的位置报告原文',
  },
  'missing-row': { severity: 'warning', stage: 'tables', meaning: '表格缺少模板中的行' },
  'label-fuzzy': { severity: 'info', stage: 'tables', meaning: '行标签有错字或变体（如“属于行政执法案件”），按最接近的标准标签识别' },
  'cell-blank': { severity: 'warning', stage: 'tables', meaning: '单元格为空、“-”或“/”，视为未填报（null），不当作 0' },
  'cell-text': {
    severity: 'warning',
    stage: 'tables',
    meaning: '单元格写的是文字（如“不详”“暂无”）而不是数字：视为未填报（null），原文文字保留在 raw 中，不会悄悄丢失',
  },
  'cell-count': {
    severity: 'warning',
    stage: 'tables',
    meaning: '一行的单元格个数与模板不符，无法确定缺少或多出的是哪一列：本行各列都不取数',
  },
  'row-split': {
    severity: 'info',
    stage: 'tables',
    meaning: '标签与数字连在一起（网页复制时丢了分隔），但数字只有一种拆分符合列数（和本行的勾稽关系），按这种拆分读取',
  },
  'row-unreadable': { severity: 'warning', stage: 'tables', meaning: '标签与数字连在一起（如“规章000”），无法可靠拆分：本行不取数' },
  'text-too-long': {
    severity: 'error',
    stage: 'read',
    meaning: '文件读出的文字超过单份报告的上限（60 万字），不是一份报告（可能合并了多份文件），未读取',
  },
  'file-too-large': { severity: 'error', stage: 'collection', meaning: '文件超过单份报告的大小上限（20 MB），未读取' },
  'symlink-outside': { severity: 'error', stage: 'collection', meaning: 'content/ 中的链接指向 content/ 以外的位置；为安全起见不读取' },
  'symlink-loop': { severity: 'error', stage: 'collection', meaning: 'content/ 中的链接无法解析或形成循环' },
  'sidecar-orphan': {
    severity: 'error',
    stage: 'collection',
    meaning: 'content/ 中的 .yaml 文件旁边没有同名的报告文件（文件头文件须与报告同名，只是扩展名为 .yaml）',
  },
  'sidecar-ambiguous': {
    severity: 'error',
    stage: 'collection',
    meaning: '一个 .yaml 文件头文件旁边有多个同名报告（如 X.pdf 和 X.txt），无法确定属于哪一个',
  },
  litter: {
    severity: 'info',
    stage: 'collection',
    meaning:
      '电脑自动生成或附带的文件（如浏览器“网页，全部”的 _files 文件夹、Thumbs.db、desktop.ini、Word 临时锁文件 ~$…、.DS_Store、备份文件、隐藏文件），不是报告，已跳过',
  },
  'duplicate-report': {
    severity: 'error',
    stage: 'collection',
    meaning: '两个文件是同一份报告（内容相同，或同一乡镇、同一年度），须删去其一；更正版可在文件头写 supersedes 取代旧文件',
  },
  superseded: {
    severity: 'info',
    stage: 'collection',
    meaning: '更正版（修订版）在文件头用 supersedes 写明取代的旧文件：旧文件保留在 content/ 中但不发布',
  },
  'supersedes-invalid': {
    severity: 'error',
    also: ['warning'],
    stage: 'collection',
    meaning:
      '文件头 supersedes 写的旧文件是另一份报告（不同乡镇或年度）或已被另一文件取代为错误；找不到这个文件为警告（旧文件已删除时可去掉 supersedes）',
  },
} as const satisfies Record<string, Declaration>

/** The id of a diagnostic declared above. */
export type ReadRuleId = keyof typeof declarations

/** The severities a declared id may be reported with. */
export type SeverityOf<Id extends ReadRuleId> = Extract<
  (typeof declarations)[Id] extends { severity: infer S; also: readonly (infer A)[] } ? S | A : (typeof declarations)[Id]['severity'],
  Severity
>
