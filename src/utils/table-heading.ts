/** The heading of a statistical table as the template prints it, from the engine's one name map. */
import { tableNames, type TableKey } from '../lib/template/tables.ts'

/** 表三 收到和处理政府信息公开申请情况. */
export function tableHeading(key: TableKey): string {
  return `${tableNames[key].short} ${tableNames[key].title}`
}
