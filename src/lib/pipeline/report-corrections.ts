/**
 * unified transform: the editor's corrections (front matter `corrections`, in the file or in the
 * `.yaml` file beside it) applied to the draft record before the checks run, so the checks see the
 * corrected values. Each correction names its target (a table cell by table, row and column label,
 * or a record field), the value and a reason; the record keeps the original reading
 * (`cell.corrected`, `record.corrections`) and an info says what was changed. A correction whose
 * target cannot be found is an error: a correction is never silently dropped.
 */
import { basename } from 'node:path'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.ts'
import { checkFieldValue } from '../read/front-matter.ts'
import { labelKey } from '../template/label-text.ts'
import { appealColumns, appealRows, proactiveRows, requestColumns, requestRows } from '../template/labels.ts'
import { tableKeys, tableNames, type TableKey } from '../template/tables.ts'
import type { Cell, CorrectableField, TableFormat, Correction, CorrectionRequest, ReportRoot } from '../types.ts'
import type { DraftRecord } from './report-draft.ts'
import { reportId } from './report-id.ts'

/** Record fields that may be corrected by name (the schema's enum too). */
export const correctableFields = [
  'organ',
  'township',
  'county',
  'prefecture',
  'province',
  'code',
  'year',
  'publishedOn',
  'documentNumber',
] as const satisfies readonly CorrectableField[]

/** A table named as editors write it: 表三, 三, 3, requests. */
function tableOf(name: string): TableKey | null {
  const n = name.replace(/\s/g, '')
  return (
    tableKeys.find(
      (k) => k === n || tableNames[k].short === n || tableNames[k].short.slice(1) === n || String(tableNames[k].section) === n,
    ) ?? null
  )
}

/** The rows of a table's template (its format's) and each row's columns. */
function templateOf(key: TableKey, format: TableFormat | null): { rows: readonly string[]; columnsOf: (row: string) => readonly string[] } {
  if (key === 'appeals') return { rows: appealRows, columnsOf: () => appealColumns }
  if (key === 'requests') return { rows: requestRows[format ?? '2021'].map((r) => r.row), columnsOf: () => requestColumns }
  const template = proactiveRows[format ?? '2021']
  return { rows: template.map((r) => r.row), columnsOf: (row) => template.find((r) => r.row === row)?.columns ?? [] }
}

/** The canonical label among `labels` that `written` names, or null. */
function labelOf(written: string, labels: readonly string[]): string | null {
  const key = labelKey(written)
  return labels.find((l) => labelKey(l) === key) ?? null
}

/** A cell value as corrected: a non-negative number, or null (not reported). */
function cellValue(value: number | string | null): number | null | undefined {
  if (value === null) return null
  const n = typeof value === 'number' ? value : /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/** A value for messages: 12, 未填报, or the text. */
const shown = (v: number | string | null): string => (v === null ? '空（未填报）' : String(v))

/** Apply every correction of the front matter to the draft of `file`. */
export function applyCorrections(requests: readonly CorrectionRequest[], draft: DraftRecord, file: VFile): void {
  const done = new Set<string>()
  for (const request of requests) {
    const at = { path: request.file ?? file.path, line: request.line }
    // Problems of a correction written in the file point at its line; one in the file beside it names that file and line.
    const where = request.file ? `文件头文件 ${basename(request.file)} 第 ${request.line} 行：` : ''
    const problem = (message: string, severity: 'error' | 'warning' = 'error'): void =>
      report(file, 'correction-invalid', severity, `${where}${message}`, { line: request.file ? 1 : request.line })
    /** False (after saying so) when the same target was already corrected by an earlier entry. */
    const claim = (target: string, name: string): boolean => {
      if (!done.has(target)) return (done.add(target), true)
      problem(`${name}写了两条更正，只采用第一条：请删除多余的一条`)
      return false
    }
    const correction = request.field ? correctField(request, draft, problem, claim) : correctCell(request, draft, problem, claim)
    if (!correction) continue
    const { line: cellLine, ...made } = correction
    draft.corrections.push({ ...made, at })
    const what =
      'field' in correction.target
        ? `字段 ${correction.target.field} `
        : `${tableNames[correction.target.table].short}「${correction.target.row}」「${correction.target.column}」`
    // The info stands at the corrected number's source line; a field's at the correction itself.
    const line = cellLine ?? (request.file ? 1 : request.line)
    report(
      file,
      'correction',
      'info',
      `${where}${what}已按文件头更正：原文读作 ${shown(correction.from)}，更正为 ${shown(correction.to)}（理由：${correction.reason}）`,
      { line },
    )
  }
}

type Applied = Omit<Correction, 'at'> & { line?: number }
/** Say what is wrong with the correction being applied. */
type Problem = (message: string, severity?: 'error' | 'warning') => void
/** Take a target for this correction; false when an earlier one took it. */
type Claim = (target: string, name: string) => boolean

/** Correct one table cell; null (after reporting why) when the target or value is not valid. */
function correctCell(request: CorrectionRequest, draft: DraftRecord, problem: Problem, claim: Claim): Applied | null {
  const key = tableOf(request.table!)
  if (!key) {
    problem(`更正条目的 table “${request.table}”不是统计表的名称：应为 表二、表三 或 表四`)
    return null
  }
  const table = draft.tables[key]
  const name = tableNames[key].short
  if (!table) {
    problem(`${name}没有读出来，无法更正其中的数值：请先运行 npm run check 查看原因`)
    return null
  }
  // The template's rows and columns, so a correction can also fill a row the reading lost.
  const { rows, columnsOf } = templateOf(key, 'format' in table ? table.format : null)
  const row = labelOf(request.row!, rows)
  const columns = row ? columnsOf(row) : []
  const column = labelOf(request.column!, columns)
  if (!row) {
    problem(`${name}中没有名为“${request.row}”的行：可用的行为 ${rows.join('、')}`)
    return null
  }
  if (!column) {
    problem(`${name}中没有名为“${request.column}”的列：可用的列为 ${columns.join('、')}`)
    return null
  }
  const to = cellValue(request.value)
  if (to === undefined) {
    problem(`${name}「${row}」「${column}」的更正值“${request.value}”不是数字：应为 0 或正数（可带小数），未填报写 null`)
    return null
  }
  let cell = table.cells.find((c) => c.row === row && c.column === column)
  if (!cell) {
    // The row was not read at all (e.g. its label was lost): the corrected cell stands at the table's first line.
    const unit = table.cells.find((c) => c.column === column)?.unit ?? null
    cell = { row, column, value: null, raw: '', unit, line: table.line } satisfies Cell
    table.cells.push(cell)
  }
  const from = cell.value
  if (from === to && !cell.uncertain) {
    problem(`${name}「${row}」「${column}」原文读作 ${shown(from)}，与更正值相同，无需更正：可删除这条更正`, 'warning')
    return null
  }
  if (!claim(`cell:${key}/${row}/${column}`, `${name}「${row}」「${column}」`)) return null
  cell.value = to
  cell.corrected = { from, reason: request.reason }
  delete cell.uncertain
  return { target: { table: key, row, column }, from, to, reason: request.reason, line: cell.line }
}

/** Correct one record field; null (after reporting why) when the field or value is not valid. */
function correctField(request: CorrectionRequest, draft: DraftRecord, problem: Problem, claim: Claim): Applied | null {
  const field = correctableFields.find((f) => f === request.field)
  if (!field) {
    problem(`不能更正的字段“${request.field}”：可更正的字段为 ${correctableFields.join('、')}；表格中的数值请写 table、row、column`)
    return null
  }
  const checked = checkFieldValue(field, request.value)
  if ('message' in checked) {
    problem(`字段 ${field} 的更正值无效：${checked.message}`)
    return null
  }
  const to = checked.value
  type PlaceField = 'township' | 'county' | 'prefecture' | 'province' | 'code'
  const from =
    field === 'year'
      ? draft.year
      : field === 'publishedOn'
        ? draft.publishedOn
        : field === 'documentNumber'
          ? draft.documentNumber
          : field === 'organ'
            ? draft.organ.name
            : draft.organ[field as PlaceField]
  if (from === to) {
    problem(`字段 ${field} 原文读作 ${shown(from)}，与更正值相同，无需更正：可删除这条更正`, 'warning')
    return null
  }
  if (!claim(`field:${field}`, `字段 ${field} `)) return null
  if (field === 'year') draft.year = to as number
  else if (field === 'publishedOn') draft.publishedOn = to as string
  else if (field === 'documentNumber') draft.documentNumber = to as string
  else if (field === 'organ') draft.organ.name = to as string
  else draft.organ[field as PlaceField] = to as string
  return { target: { field }, from, to, reason: request.reason }
}

/** The transform plugin. */
export function reportCorrections() {
  return (tree: ReportRoot, file: VFile): void => {
    const requests = tree.data?.front?.corrections ?? []
    if (!requests.length) return
    const draft = file.data.draft!
    applyCorrections(requests, draft, file)
    const fields = new Set(draft.corrections.map((c) => ('field' in c.target ? c.target.field : null)))
    // A corrected year or code moves the report to its right address (unless the front matter fixes the id).
    if ((fields.has('year') || fields.has('code')) && !tree.data?.front?.id)
      draft.id = reportId(draft.organ.code, draft.year, draft.source.sha256, draft.organ.name)
    // The editor has settled the year: a disagreeing title or file name is then only an info.
    if (fields.has('year')) file.data.frontYear = draft.year
  }
}
