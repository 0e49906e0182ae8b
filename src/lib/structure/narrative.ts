/**
 * The narrative of a report: the introduction (title, preamble) and the text of each of the
 * six sections, one paragraph per line, each with the source line it came from. Lines inside
 * table regions (`table.line` … the table's last cell line) and blank lines are left out: the
 * tables are in the record as cells. Text files are read as written (markdown marks and front
 * matter left out); structured sources (web pages, Word, PDF) from their paragraph lines.
 */
import type { VFile } from 'vfile'
import { normaliseText } from '../read/decode.ts'
import { stripMarkdown } from '../read/text-lines.ts'
import { isSpaceCode } from '../text/whitespace.ts'
import type { LineNode, Narrative, Paragraph, ReportRecord, ReportRoot, SectionRecord } from '../types.ts'

/** A range of source lines, both ends included. */
interface LineRange {
  from: number
  to: number
}

/** The source lines of the three tables: from `table.line` to the largest cell line. */
export function tableRegions(record: Pick<ReportRecord, 'tables'>): LineRange[] {
  const { proactive, requests, appeals } = record.tables
  return [proactive, requests, appeals].flatMap((t) => (t ? [{ from: t.line, to: Math.max(t.line, ...t.cells.map((c) => c.line)) }] : []))
}

/** The readable lines of a report with their line numbers (see the module comment). */
export function narrativeLines(tree: ReportRoot, file: VFile): Paragraph[] {
  if (file.data.reader !== 'text') return tree.children.map((node) => ({ text: tidy(node.text), line: node.position.start.line }))
  const first = bodyStart(tree.children)
  const rows = String(file.value).split(/\r\n?|\n/)
  const out: Paragraph[] = []
  for (let i = Math.max(0, first - 1); i < rows.length; i++)
    out.push({ text: tidy(stripMarkdown(rows[i]!).replace(/^\s*#{1,6}\s+/, '')), line: i + 1 })
  return out
}

/** The first line after the front matter (whose lines the text reader left empty). */
function bodyStart(lines: readonly LineNode[]): number {
  return lines.find((l) => !l.blank)?.position.start.line ?? 1
}

/** Text that `tidy` changes: a whitespace other than a space, two in a row, or one at either end. */
const untidy = /\s\s|[^\S ]|^\s|\s$/

/** Whitespace runs (tabs of stray table rows included) become one space. */
function tidy(text: string): string {
  return untidy.test(text) ? text.replace(/\s+/g, ' ').trim() : text
}

/** True when a line shows nothing worth reading (empty, or only punctuation such as a lone list dash). */
function isBlank(text: string): boolean {
  return !letterOrDigit.test(text)
}

/** A letter or digit of any script. */
const letterOrDigit = /[\p{L}\p{N}]/u

/** Text compared without whitespace, markdown heading marks or width differences. */
function compact(text: string): string {
  return normaliseText(text).replace(/^#+/, '').replace(/\s+/g, '')
}

/** What follows the heading on its own line ("一、总体情况。2021年…"), or null when the line is the heading. */
function afterHeading(text: string, title: string): string | null {
  const want = compact(title)
  if (!compact(text).startsWith(want)) return text
  let seen = 0
  let i = 0
  const plain = text.replace(/^\s*#+/, '')
  while (i < plain.length && seen < want.length) if (!isSpaceCode(plain.charCodeAt(i++))) seen++
  const rest = plain
    .slice(i)
    .replace(/^[\s。．.，,；;：:、]+/, '')
    .trim()
  return isBlank(rest) ? null : rest
}

/** Split a report's readable lines into its introduction and sections. */
export function reportNarrative(record: Pick<ReportRecord, 'sections' | 'tables'>, readable: readonly Paragraph[]): Narrative {
  const regions = tableRegions(record)
  const lines = readable.filter((p) => !isBlank(p.text) && !regions.some((r) => p.line >= r.from && p.line <= r.to))
  const ordered = [...record.sections].sort((a, b) => a.line - b.line)
  const start = ordered[0]?.line ?? Number.POSITIVE_INFINITY
  const sections = ordered.map((section, k) => {
    const end = ordered[k + 1]?.line ?? Number.POSITIVE_INFINITY
    const own = lines.filter((p) => p.line >= section.line && p.line < end)
    return { number: section.number, paragraphs: withoutHeading(own, section) }
  })
  return { intro: lines.filter((p) => p.line < start), sections }
}

/** Drop the heading from a section's lines, keeping any text that shares its line. */
function withoutHeading(lines: Paragraph[], section: SectionRecord): Paragraph[] {
  const at = lines.findIndex((p) => p.line === section.line && afterHeading(p.text, section.title) !== p.text)
  if (at < 0) return lines
  const rest = afterHeading(lines[at]!.text, section.title)
  const out = [...lines]
  out.splice(at, 1, ...(rest ? [{ text: rest, line: section.line }] : []))
  return out
}
