/**
 * Every diagnostic rule id the engine can put in a record's `diagnostics`, with its severity
 * and its meaning in Chinese. tests/utils/data/rule-docs.test.ts scans src/lib for rule ids, so a new
 * rule must be listed here.
 */

/** One documented rule id. */
export interface RuleDoc {
  ruleId: string
  /** 错误 / 警告 / 提示, or two of them when the rule uses both. */
  severity: string
  /** What it means and what the site does about it. */
  meaning: string
  /** Which stage reports it. */
  stage: '读取文件' | '文件头部' | '识别地区' | '识别表格' | '核对' | '报告集'
}

/** All rule ids, grouped by stage. */
export const ruleDocs: readonly RuleDoc[] = [
  { ruleId: 'empty-file', severity: '错误', stage: '读取文件', meaning: '文件是空的，没有可读取的内容' },
  { ruleId: 'encoding', severity: '错误', stage: '读取文件', meaning: '无法识别文件编码或文件不是文本（可读取 UTF-8、UTF-16、GB18030），请另存为 UTF-8 文本' },
  { ruleId: 'read-error', severity: '错误', stage: '读取文件', meaning: '文件不存在或无法读取' },
  { ruleId: 'unsupported-file', severity: '错误', stage: '读取文件', meaning: '不支持的文件类型：PDF、Word 等须先转换为 .txt、.md 或 .html' },
  { ruleId: 'html-unreadable', severity: '错误', stage: '读取文件', meaning: '网页文件无法完整读取' },
  { ruleId: 'html-in-text', severity: '警告', stage: '读取文件', meaning: '文本文件中含有 HTML 标签；网站按纯文本显示，不执行其中任何代码' },
  { ruleId: 'internal-error', severity: '错误', stage: '读取文件', meaning: '解析时发生程序内部错误，请告知网站维护者' },
  { ruleId: 'not-a-report', severity: '错误', stage: '读取文件', meaning: '找不到年度报告的标题、章节或统计表，不像一份政府信息公开工作年度报告' },
  { ruleId: 'missing-year', severity: '警告', stage: '读取文件', meaning: '未能从标题中识别报告年度，可在文件头部写明 year 字段' },
  { ruleId: 'year-from-text', severity: '提示', stage: '读取文件', meaning: '标题中没有年度，按正文开头最常出现的年份认定报告年度；如有误可在文件头部写明 year 字段' },
  { ruleId: 'front-matter', severity: '错误或警告', stage: '文件头部', meaning: '文件头部的元数据（front matter）有误：格式错误或取值无效为错误，未知字段为警告（已忽略）' },
  { ruleId: 'place-unknown', severity: '警告', stage: '识别地区', meaning: '全国区划名录中找不到报告中的乡镇名称' },
  { ruleId: 'place-ambiguous', severity: '警告', stage: '识别地区', meaning: '乡镇名称对应多个地区，无法确定是哪一个' },
  { ruleId: 'place-mismatch', severity: '警告', stage: '识别地区', meaning: '报告写明的县市中没有该乡镇，同名乡镇只见于其他地区' },
  { ruleId: 'place-alias', severity: '提示', stage: '识别地区', meaning: '报告中的写法与名录不同（如“凤山乡/风山乡”），按别名或同县仅差一字的名称认定' },
  { ruleId: 'place-context', severity: '提示', stage: '识别地区', meaning: '同名乡镇有多处，根据正文中出现的县市名称认定' },
  { ruleId: 'place-from-text', severity: '提示', stage: '识别地区', meaning: '机关名称和标题中没有乡镇名称，取自正文' },
  { ruleId: 'place-hint-unknown', severity: '警告', stage: '识别地区', meaning: '文件头部写的县、地、省名不在全国区划名录中，未用于确定乡镇' },
  { ruleId: 'place-code-unknown', severity: '警告', stage: '识别地区', meaning: '文件头部的区划代码不在全国区划名录或 content/places.yaml 中' },
  { ruleId: 'place-code-invalid', severity: '警告', stage: '识别地区', meaning: '文件头部的区划代码不是 12 位统计用区划代码，已忽略' },
  { ruleId: 'place-registry-invalid', severity: '错误', stage: '识别地区', meaning: '地区补充名录 content/places.yaml 无法读取或格式错误' },
  { ruleId: 'place-registry-entry', severity: '警告', stage: '识别地区', meaning: '地区补充名录 content/places.yaml 中某一条目有问题，该条目未采用' },
  { ruleId: 'duplicate-table', severity: '警告', stage: '识别表格', meaning: '同一张表出现不止一次：采用第一张，其余未采用' },
  { ruleId: 'table-format', severity: '警告或提示', stage: '识别表格', meaning: '表格格式（2019 或 2021）的判断：表内混有两种格式的标签，或无表头可判断而按数值个数判断，或某行不属于所判断的格式而未采用' },
  { ruleId: 'duplicate-row', severity: '警告', stage: '识别表格', meaning: '同一行出现了两次，只采用第一次' },
  { ruleId: 'missing-row', severity: '警告', stage: '识别表格', meaning: '表格缺少模板中的行' },
  { ruleId: 'label-fuzzy', severity: '提示', stage: '识别表格', meaning: '行标签有错字或变体（如“属于行政执法案件”），按最接近的标准标签识别' },
  { ruleId: 'cell-blank', severity: '警告', stage: '识别表格', meaning: '单元格为空、“-”或“/”，视为未填报（null），不当作 0' },
  { ruleId: 'cell-count', severity: '警告', stage: '识别表格', meaning: '一行的单元格个数与模板不符，无法确定缺少或多出的是哪一列：本行各列都不取数' },
  { ruleId: 'row-unreadable', severity: '警告', stage: '识别表格', meaning: '标签与数字连在一起（如“规章000”），无法可靠拆分：本行不取数' },
  { ruleId: 'missing-section', severity: '警告或提示', stage: '核对', meaning: '缺少六个部分之一的标题；如果找到了该部分的表格而没找到标题，则为提示' },
  { ruleId: 'missing-table', severity: '警告', stage: '核对', meaning: '未找到表二、表三或表四' },
  { ruleId: 'proactive-balance', severity: '提示', stage: '核对', meaning: '2019 年格式表二：对外公开总数量小于本年新公开数量' },
  { ruleId: 'request-balance', severity: '警告', stage: '核对', meaning: '表三某一列：一、本年新收 + 二、上年结转 ≠ 三（七）总计 + 四、结转下年度继续办理' },
  { ruleId: 'request-outcome-sum', severity: '警告', stage: '核对', meaning: '表三某一列：三（七）总计 ≠ （一）至（六）各项之和' },
  { ruleId: 'request-row-total', severity: '警告', stage: '核对', meaning: '表三某一行：总计列 ≠ 自然人至其他六列之和' },
  { ruleId: 'appeal-sum', severity: '警告', stage: '核对', meaning: '表四某一组：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结' },
  { ruleId: 'narrative-request-count', severity: '警告', stage: '核对', meaning: '正文所说收到的申请件数（如“共收到政府信息公开申请7件”“未收到申请”）与表三「本年新收」总计（或“新收+上年结转”）不一致' },
  { ruleId: 'duplicate-report', severity: '错误', stage: '报告集', meaning: '两个文件是同一份报告（同一乡镇、同一年度），须删去其一' },
]
