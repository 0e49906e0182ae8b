/**
 * Recognise the three statistical tables by their content and read their cells. When a table
 * appears more than once (a report pasted twice), the first is kept and the others reported.
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.ts'
import type { AppealTable, FormattedTable, LineNode } from '../types.ts'
import { parseAppealTable } from './appeals.ts'
import { locateTables } from './locate.ts'
import { tableNames, type TableKey } from '../template/tables.ts'
import { parseProactiveTable } from './proactive.ts'
import { parseRequestTable } from './requests.ts'

/** The tables of one report; null where not found. */
export interface ReportTables {
  proactive: FormattedTable | null
  requests: FormattedTable | null
  appeals: AppealTable | null
}

/** Find and read tables 二, 三 and 四 among `lines`; `stops` are section-heading line numbers. */
export function recogniseTables(lines: readonly LineNode[], stops: ReadonlySet<number>, file: VFile): ReportTables {
  const tables: ReportTables = { proactive: null, requests: null, appeals: null }
  const regions = locateTables(lines, stops)
  // Table 三's own rows usually tell its format; when they do not, table 二's format is the hint.
  const ordered = [...regions.filter((r) => r.kind !== 'requests'), ...regions.filter((r) => r.kind === 'requests')]
  for (const region of ordered) {
    const table =
      region.kind === 'proactive'
        ? parseProactiveTable(region, file)
        : region.kind === 'requests'
          ? parseRequestTable(region, file, tables.proactive?.format ?? null)
          : parseAppealTable(region, file)
    if (!table) continue
    if (tables[region.kind]) {
      report(
        file,
        'duplicate-table',
        'warning',
        `${tableNames[region.kind].short}出现了不止一次：采用第 ${tables[region.kind]!.line} 行的表格，第 ${table.line} 行的表格未采用`,
        { line: table.line },
      )
      continue
    }
    ;(tables as Record<TableKey, unknown>)[region.kind] = table
  }
  return tables
}
