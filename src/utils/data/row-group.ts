/**
 * The group of a table row, as the printed table shows it above or before the row label, for the
 * CSV files for people (the report's table CSV and the compare view's CSV). Outermost heading
 * first, separated by a space, so that a bare label keeps its place: 总计 is under
 * 三、本年度办理结果 （七）, the 2021 row 其他 under 三、本年度办理结果 （六）其他处理.
 */
import { proactiveRows, requestRows, type RequestRow } from '../../lib/template/labels.ts'
import type { TableKey } from '../../lib/template/tables.ts'
import type { TableFormat } from '../../lib/types.ts'

/** The heading over table 三's outcome rows in the template. */
const RESULTS = '三、本年度办理结果'

/** The group of a table 三 row: 一, 二, 四, or 三、本年度办理结果 with its （N） heading. */
export function requestGroup(r: RequestRow): string {
  return r.group.startsWith('（') ? `${RESULTS} ${r.group}` : r.group
}

/** The group of a table 四 row: 行政复议, or 行政诉讼 for both kinds of lawsuit. */
export const appealGroup = (row: string): string => (row === '行政复议' ? '行政复议' : '行政诉讼')

/** The formats to look a row up in: the table's own first (2021 when it is not known). */
const formatsFrom = (format: TableFormat | null): TableFormat[] => (format === '2019' ? ['2019', '2021'] : ['2021', '2019'])

/** The group of `row` in `table` (table 二: its 第二十条 item); '' when the template has no such row. */
export function rowGroup(table: TableKey, format: TableFormat | null, row: string): string {
  if (table === 'appeals') return appealGroup(row)
  for (const f of formatsFrom(format)) {
    if (table === 'proactive') {
      const found = proactiveRows[f].find((r) => r.row === row)
      if (found) return found.item
    } else {
      const found = requestRows[f].find((r) => r.row === row)
      if (found) return requestGroup(found)
    }
  }
  return ''
}
