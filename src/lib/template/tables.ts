/** The three statistical tables of the official template, named once for the engine and the site. */

/** Which table: 二 主动公开, 三 依申请公开, 四 行政复议和行政诉讼. */
export type TableKey = 'proactive' | 'requests' | 'appeals'

/** The tables in template order. */
export const tableKeys: readonly TableKey[] = ['proactive', 'requests', 'appeals']

/** Each table's short name (表二…) and the title of the section that holds it. */
export const tableNames: Record<TableKey, { short: '表二' | '表三' | '表四'; title: string; section: 2 | 3 | 4 }> = {
  proactive: { short: '表二', title: '主动公开政府信息情况', section: 2 },
  requests: { short: '表三', title: '收到和处理政府信息公开申请情况', section: 3 },
  appeals: { short: '表四', title: '政府信息公开行政复议、行政诉讼情况', section: 4 },
}
