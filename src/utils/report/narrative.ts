/**
 * The narrative of a report for its page: the introduction (title, preamble) and the text of
 * each of the six sections, one paragraph per source line, each with the line it came from.
 * Lines inside table regions (`table.line` … the table's last cell line) and blank lines are
 * left out: the tables are rendered from the record, not from their text.
 */
import { normaliseText } from '../../lib/read/decode.ts'
import { splitFrontMatter } from '../../lib/read/front-matter.ts'
import { htmlLines } from '../../lib/read/html/lines.ts'
import { stripMarkdown } from '../../lib/read/text-lines.ts'
import type { ReportRecord, SectionRecord } from '../../lib/types.ts'
import { sourceLines } from './source-lines.ts'

/** One paragraph of report text and the 1-based source line it starts on. */
export interface Paragraph {
  text: string
  line: number
}

/** One of the six sections with its paragraphs (the heading line itself excluded). */
export interface NarrativeSection extends SectionRecord {
  paragraphs: Paragraph[]
}

/** The report's text in reading order: what precedes section 一, then each section found. */
export interface Narrative {
  intro: Paragraph[]
  sections: NarrativeSection[]
}

/** A range of source lines, both ends included. */
export interface LineRange {
  from: number
  to: number
}

/** True for saved web pages (the engine reads them as HTML, not as text). */
export function isHtmlSource(path: string): boolean {
  return /\.(?:html?|xhtml)$/i.test(path)
}

/** The source lines of the three tables: from `table.line` to the largest cell line. */
export function tableRegions(record: Pick<ReportRecord, 'tables'>): LineRange[] {
  const { proactive, requests, appeals } = record.tables
  return [proactive, requests, appeals].flatMap((t) => (t ? [{ from: t.line, to: Math.max(t.line, ...t.cells.map((c) => c.line)) }] : []))
}

/** The text lines of a source with their line numbers: HTML pages through the engine's reader, text files as written (front matter and markdown marks left out). */
export function textLinesOf(source: string, path: string): Paragraph[] {
  if (isHtmlSource(path)) {
    return htmlLines(source).lines.map((node) => ({ text: tidy(node.text), line: node.position.start.line }))
  }
  const { bodyStartLine } = splitFrontMatter(normaliseText(source))
  return sourceLines(source)
    .map((text, i) => ({ text: tidy(stripMarkdown(text).replace(/^\s*#{1,6}\s+/, '')), line: i + 1 }))
    .filter((p) => p.line >= bodyStartLine)
}

/** Whitespace runs (tabs of stray table rows included) become one space. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** True when a line shows nothing worth reading (empty, or only punctuation such as a lone list dash). */
function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text)
}

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
  while (i < plain.length && seen < want.length) if (!/\s/.test(plain[i++]!)) seen++
  const rest = plain.slice(i).replace(/^[\s。．.，,；;：:、]+/, '').trim()
  return isBlank(rest) ? null : rest
}

/** Split a report's text into its introduction and sections (see the module comment). */
export function reportNarrative(record: Pick<ReportRecord, 'sections' | 'tables' | 'source'>, source: string): Narrative {
  const regions = tableRegions(record)
  const lines = textLinesOf(source, record.source.path).filter((p) => !isBlank(p.text) && !regions.some((r) => p.line >= r.from && p.line <= r.to))
  const ordered = [...record.sections].sort((a, b) => a.line - b.line)
  const start = ordered[0]?.line ?? Number.POSITIVE_INFINITY
  const sections = ordered.map((section, k) => {
    const end = ordered[k + 1]?.line ?? Number.POSITIVE_INFINITY
    const own = lines.filter((p) => p.line >= section.line && p.line < end)
    return { ...section, paragraphs: withoutHeading(own, section) }
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
