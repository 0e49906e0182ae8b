/**
 * unified transform: everything found on `file.data` → the record (without its diagnostics),
 * kept on `file.data.draft` for the checks and the compiler. Front matter overrides what was
 * inferred; cells learn their page (PDF) and whether they could be read reliably.
 */
import type { VFile } from 'vfile'
import { narrativeLines, reportNarrative } from '../structure/narrative.ts'
import type { Cell, ReportRecord, ReportRoot } from '../types.ts'
import { reportId } from './report-id.ts'

/** The record as checks see it: everything but the diagnostics and quality checks being collected. */
export type DraftRecord = Omit<ReportRecord, 'diagnostics' | 'quality'>

/** Rules whose line means "the cells of this line were written but could not be read". */
const uncertainRules = new Set(['cell-count', 'row-unreadable'])

/** Assemble the draft record of one report. */
export function draftRecord(tree: ReportRoot, file: VFile): DraftRecord {
  const front = tree.data?.front ?? null
  const meta = file.data.metadata!
  const place = file.data.place!
  const tables = file.data.tables!
  const sections = file.data.sections!
  const year = front?.year ?? meta.year
  const code = front?.code ?? place.code
  markCells(
    [tables.proactive, tables.requests, tables.appeals].flatMap((t) => t?.cells ?? []),
    file,
  )
  return {
    id: front?.id ?? reportId(code, year, file.data.sha256!, front?.organ ?? meta.organName),
    source: {
      path: file.path,
      encoding: file.data.encoding ?? null,
      sha256: file.data.sha256!,
      reader: file.data.reader ?? null,
      pages: file.data.pageCount ?? null,
    },
    organ: {
      name: front?.organ ?? meta.organName,
      township: front?.township ?? place.township,
      county: front?.county ?? place.county,
      prefecture: front?.prefecture ?? place.prefecture,
      province: front?.province ?? place.province,
      code,
    },
    year,
    publishedOn: front?.publishedOn ?? meta.publishedOn,
    documentNumber: front?.documentNumber ?? meta.documentNumber,
    sections,
    tables,
    narrative: reportNarrative({ sections, tables }, narrativeLines(tree, file)),
    sourceUrl: front?.sourceUrl ?? null,
    supersedes: front?.supersedes ?? null,
    // Filled by the corrections transform (report-corrections.ts), which runs next.
    corrections: [],
  }
}

/** Give each cell its page (paged sources) and, when its value is null because it could not be read, why. */
function markCells(cells: Cell[], file: VFile): void {
  const unread = new Map<number, { ruleId: string; message: string }>()
  for (const m of file.messages) {
    if (m.line && m.ruleId && uncertainRules.has(m.ruleId) && !unread.has(m.line))
      unread.set(m.line, { ruleId: m.ruleId, message: m.reason })
  }
  const starts = file.data.pageStarts ?? []
  for (const cell of cells) {
    if (starts.length) cell.page = Math.max(1, starts.filter((s) => s <= cell.line).length)
    const why = cell.value === null ? unread.get(cell.line) : undefined
    if (why) cell.uncertain = why
  }
}

/** The transform plugin. */
export function reportDraft() {
  return (tree: ReportRoot, file: VFile): void => {
    file.data.draft = draftRecord(tree, file)
  }
}
