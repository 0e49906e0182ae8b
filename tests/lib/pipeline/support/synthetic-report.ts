/**
 * A synthetic 2021-format township report with non-zero, internally consistent figures,
 * rendered in the layouts real extractions produce. Used to generate engine fixtures
 * (`npx tsx tests/lib/pipeline/support/make-fixtures.ts`); the generated inputs are committed.
 */

/** Table 三 rows as printed in the template, with their values (7 columns). */
export const requestTable: [string, string, number[]][] = [
  ['一、本年新收政府信息公开申请数量', '', [12, 3, 0, 1, 0, 2, 18]],
  ['二、上年结转政府信息公开申请数量', '', [2, 0, 0, 0, 0, 0, 2]],
  ['三、本年度办理结果', '（一）予以公开', [6, 1, 0, 1, 0, 1, 9]],
  ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 1, 0, 0, 0, 0, 2]],
  ['（三）不予公开', '1.属于国家秘密', [1, 0, 0, 0, 0, 0, 1]],
  ['', '2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0]],
  ['', '3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]],
  ['', '4.保护第三方合法权益', [0, 0, 0, 0, 0, 0, 0]],
  ['', '5.属于三类内部事务信息', [0, 0, 0, 0, 0, 0, 0]],
  ['', '6.属于四类过程性信息', [0, 0, 0, 0, 0, 0, 0]],
  ['', '7.属于行政执法案卷', [0, 0, 0, 0, 0, 0, 0]],
  ['', '8.属于行政查询事项', [0, 0, 0, 0, 0, 0, 0]],
  ['（四）无法提供', '1.本机关不掌握相关政府信息', [2, 0, 0, 0, 0, 1, 3]],
  ['', '2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]],
  ['', '3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0]],
  ['（五）不予处理', '1.信访举报投诉类申请', [1, 0, 0, 0, 0, 0, 1]],
  ['', '2.重复申请', [0, 0, 0, 0, 0, 0, 0]],
  ['', '3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
  ['', '4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]],
  ['', '5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
  ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
  ['', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
  ['', '3.其他', [1, 0, 0, 0, 0, 0, 1]],
  ['', '（七）总计', [12, 2, 0, 1, 0, 2, 17]],
  ['四、结转下年度继续办理', '', [2, 1, 0, 0, 0, 0, 3]],
]

/** Table 二 (2021) blocks: caption, header, rows. */
export const proactiveTable: [string, string[], [string, string[]][]][] = [
  [
    '第二十条第（一）项',
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    [
      ['规章', ['0', '0', '0']],
      ['行政规范性文件', ['3', '1', '12']],
    ],
  ],
  ['第二十条第（五）项', ['信息内容', '本年处理决定数量'], [['行政许可', ['45']]]],
  [
    '第二十条第（六）项',
    ['信息内容', '本年处理决定数量'],
    [
      ['行政处罚', ['51']],
      ['行政强制', ['2']],
    ],
  ],
  ['第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], [['行政事业性收费', ['12.5']]]],
]

/** Table 四's fifteen numbers. */
export const appealValues = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]

const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
const appealHeader = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

/** Narrative before and after the tables. */
export function frame(tables: { proactive: string; requests: string; appeals: string }): string {
  return [
    '集安市青石镇人民政府2021年政府信息公开工作年度报告',
    '',
    '一、总体情况',
    '2021年，青石镇人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，全年共受理政府信息公开申请18件。',
    '',
    '二、主动公开政府信息情况',
    tables.proactive,
    '三、收到和处理政府信息公开申请情况',
    tables.requests,
    '四、政府信息公开行政复议、行政诉讼情况',
    tables.appeals,
    '五、存在的主要问题及改进情况',
    '存在的主要问题是公开内容不够全面。下一步将加强培训。',
    '',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
    '青石镇人民政府',
    '2022年1月20日',
    '',
  ].join('\n')
}

/** Render every table with `row(cells)` joining one table row. */
export function render(row: (cells: string[]) => string, between = ''): { proactive: string; requests: string; appeals: string } {
  const proactive = proactiveTable
    .flatMap(([caption, header, rows]) => [row([caption]), row(header), ...rows.map(([l, v]) => row([l, ...v]))])
    .join('\n' + between)
  const requests = [
    row(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']),
    row(['', '自然人', '法人或其他组织', '总计']),
    row(['', '', ...columns.slice(1, 6)]),
  ]
    .concat(requestTable.map(([a, b, v]) => row([a, b, ...v.map(String)].filter((c, i) => i > 1 || c !== ''))))
    .join('\n' + between)
  const appeals = [
    row(['行政复议', '行政诉讼']),
    row([...appealHeader, '未经复议直接起诉', '复议后起诉']),
    row([...appealHeader, ...appealHeader]),
    row(appealValues.map(String)),
  ].join('\n' + between)
  return { proactive, requests, appeals }
}
