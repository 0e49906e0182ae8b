/**
 * The anchors of a report page and its contents list. Heading ids are stable: the contents
 * list, search sub-results and links from other pages (`/reports/<id>/#table-3`) use them.
 */
import { tableKeys } from '../../lib/template/tables.ts'
import { tableHeading } from '../table-heading.ts'
import type { Narrative } from './narrative.ts'

/** Heading ids of a report page. */
export const anchors = {
  tables: 'tables',
  proactive: 'table-2',
  requests: 'table-3',
  appeals: 'table-4',
  text: 'text',
  intro: 'intro',
  diagnostics: 'diagnostics',
  corrections: 'corrections',
  downloads: 'downloads',
} as const

/** The id of section 一 … 六's heading. */
export const sectionAnchor = (number: number): string => `section-${number}`

/** One entry of the contents list. */
export interface ContentsEntry {
  href: string
  text: string
  children: ContentsEntry[]
}

/** An entry without children. */
const leaf = (id: string, text: string): ContentsEntry => ({ href: `#${id}`, text, children: [] })

/** The heading of the text before section 一: 前言, or 报告正文 when no section was found. */
export function introTitle(narrative: Narrative): string {
  return narrative.sections.length ? '前言' : '报告正文'
}

/** The contents of a report page, in page order. */
export function reportContents(narrative: Narrative, corrected = false): ContentsEntry[] {
  const tables = tableKeys.map((k) => leaf(anchors[k], tableHeading(k)))
  const text = [
    ...(narrative.intro.length || !narrative.sections.length ? [leaf(anchors.intro, introTitle(narrative))] : []),
    ...narrative.sections.map((s) => leaf(sectionAnchor(s.number), s.title)),
  ]
  return [
    { ...leaf(anchors.tables, '统计表'), children: tables },
    { ...leaf(anchors.text, '报告正文'), children: text },
    leaf(anchors.diagnostics, '数据核对'),
    ...(corrected ? [leaf(anchors.corrections, '更正说明')] : []),
    leaf(anchors.downloads, '下载数据'),
  ]
}
