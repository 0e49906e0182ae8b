/**
 * Pages → the document's flow: on each page the ruled tables are cut out of the text and filled,
 * the remaining runs become lines, furniture is dropped, and lines and tables are put in reading
 * order (top to bottom), each page opened by its page marker.
 */
import type { PageContent } from './page-content.ts'
import type { Run } from './runs.ts'
import { type FlowItem, type FlowLine } from './paragraphs.ts'
import { tableFrames } from './ruling.ts'
import { type PlacedTable, inGrid, tableRows } from './table-rows.ts'
import { type Grid, frameGrid } from './table-grid.ts'
import { type TextLine, textLines } from './text-lines.ts'
import { withoutFurniture } from './furniture.ts'
import { streamTables } from './stream-table.ts'

/** A page split into its tables and its other lines. */
interface PageParts {
  content: PageContent
  tables: PlacedTable[]
  lines: TextLine[]
}

/** A cell longer than this is running text laid out in a box, not a table cell (as the HTML reader judges). */
const LONGEST_CELL = 200

/** Cut a page's ruled tables out of its runs; boxes (one cell) and layout frames (prose in cells) stay text. */
function pageParts(content: PageContent): PageParts {
  const area = (g: Grid): number => (g.xs.at(-1)! - g.xs[0]!) * (g.ys.at(-1)! - g.ys[0]!)
  // Innermost first: a run inside two frames belongs to the smaller one.
  const grids = tableFrames(content.segments)
    .map(frameGrid)
    .filter((g) => g.cells.length >= 2)
    .sort((a, b) => area(a) - area(b))
  const inside = grids.map(() => [] as Run[])
  const rest: Run[] = []
  for (const run of content.runs) {
    const k = grids.findIndex((g) => inGrid(g, run))
    if (k >= 0) inside[k]!.push(run)
    else rest.push(run)
  }
  const tables: PlacedTable[] = []
  grids.forEach((grid, k) => {
    const table = tableRows(grid, inside[k]!)
    const texts = table.rows.flatMap((r) => (r.kind === 'row' ? r.cells : []))
    if (texts.some((t) => t.length > LONGEST_CELL)) rest.push(...inside[k]!)
    else if (texts.some(Boolean)) tables.push(table)
  })
  return { content, tables, lines: textLines(rest) }
}

/** The p-th fraction of a sorted copy of `values`. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}

/** The most common font size of the lines, weighted by their length. */
export function bodySize(lines: readonly TextLine[]): number {
  const weight = new Map<number, number>()
  for (const l of lines) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length)
  let best = 12
  for (const [size, w] of weight) if (w > (weight.get(best) ?? 0)) best = size
  return best
}

/** The flow of the whole document and its body font size. */
export function documentFlow(pages: readonly PageContent[]): { items: FlowItem[]; body: number } {
  const parts = pages.map(pageParts)
  const kept = withoutFurniture(parts.map((p) => ({ height: p.content.height, lines: p.lines })))
  const all = kept.flat()
  const body = bodySize(all)
  const bodyLines = all.filter((l) => Math.abs(l.size - body) <= 0.15 * body)
  const left = percentile(
    bodyLines.map((l) => l.x0),
    0.05,
  )
  const right = percentile(
    bodyLines.map((l) => l.x1),
    0.95,
  )
  const items: FlowItem[] = []
  parts.forEach((part, k) => {
    items.push({ kind: 'page', number: part.content.number })
    const placed: Array<{ top: number; item: FlowItem }> = []
    for (const t of part.tables) placed.push({ top: t.top, item: { kind: 'rows', rows: t.rows } })
    for (const group of streamTables(kept[k]!)) {
      if (group.kind === 'rows') placed.push({ top: group.top, item: { kind: 'rows', rows: group.rows } })
      else
        placed.push({
          top: group.line.base,
          item: { kind: 'line', line: group.line, page: part.content.number, left, right } satisfies FlowLine,
        })
    }
    placed.sort((a, b) => a.top - b.top)
    for (const p of placed) items.push(p.item)
  })
  return { items, body }
}
