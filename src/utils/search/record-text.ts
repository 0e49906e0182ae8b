/**
 * What search indexes of a report, built from its record (never from the page's HTML), as text
 * that reads well in a snippet: the title; the organ and place names; the document number; each
 * table as one phrase per row (./table-phrases.ts); the report's own paragraphs under their
 * headings. Nothing else from the page goes in (no contents list, checks, downloads or links to
 * other reports), so a report is found for its own place and words only.
 *
 * Each section carries the id its heading has on the report page (src/utils/report/
 * report-contents.ts), so a search result can link straight to it.
 */
import { tableKeys } from '../../lib/template/tables.ts'
import type { ReportRecord } from '../../lib/types.ts'
import { reportNarrative } from '../report/narrative.ts'
import { anchors, introTitle, sectionAnchor } from '../report/report-contents.ts'
import { reportTitle } from '../report/report-title.ts'
import { tableHeading } from '../table-heading.ts'
import { placeNames } from './place-names.ts'
import { tablePhrases } from './table-phrases.ts'

/** A headed part of the indexed text: a search sub-result. */
export interface TextSection {
  /** The id of the heading on the report page (`table-3`, `section-1`). */
  id: string
  /** `table`: phrases of template labels and figures; `text`: the report's own paragraphs. */
  kind: 'table' | 'text'
  heading: string
  lines: string[]
}

/** The indexed text of one report. */
export interface RecordText {
  title: string
  /** Organ and place names (the township's other spellings last), each once. */
  places: string[]
  /** Short facts under the title: the document number when there is one. */
  facts: string[]
  /** Tables, then the text, in page order; a part with no line is left out. */
  sections: TextSection[]
}

/**
 * A paragraph as one line: a line break between two non-ASCII characters (Chinese text wrapped
 * in the source, 工\n作) is dropped, so the words it cut are whole again; other runs of
 * whitespace become one space.
 */
export function paragraphLine(text: string): string {
  return text
    .trim()
    .replace(/(?<=[^\x00-\x7f])[^\S\n]*\n\s*(?=[^\x00-\x7f])/gu, '')
    .replace(/\s+/gu, ' ')
}

type IndexedFields = Pick<ReportRecord, 'organ' | 'year' | 'documentNumber' | 'tables' | 'sections' | 'narrative'>

/** The indexed text of `record`; `spellings` are other spellings of its township (./place-names.ts). */
export function recordText(record: IndexedFields, spellings: readonly string[] = []): RecordText {
  const narrative = reportNarrative(record)
  const sections: TextSection[] = []
  const add = (kind: TextSection['kind'], id: string, heading: string, lines: string[]): void => {
    const kept = lines.map((line) => line.trim()).filter(Boolean)
    if (kept.length > 0) sections.push({ id, kind, heading, lines: kept })
  }
  for (const key of tableKeys) add('table', anchors[key], tableHeading(key), tablePhrases(record, key))
  add(
    'text',
    anchors.intro,
    introTitle(narrative),
    narrative.intro.map((p) => paragraphLine(p.text)),
  )
  for (const s of narrative.sections)
    add(
      'text',
      sectionAnchor(s.number),
      s.title,
      s.paragraphs.map((p) => paragraphLine(p.text)),
    )
  return {
    title: reportTitle(record),
    places: placeNames(record.organ, spellings),
    facts: record.documentNumber ? [`文号 ${record.documentNumber}`] : [],
    sections,
  }
}

/** The text as plain lines (headings, then their lines), for reading and for tests. */
export function recordLines(text: RecordText): string[] {
  return [text.title, text.places.join(' '), ...text.facts, ...text.sections.flatMap((s) => [`## ${s.heading} #${s.id}`, ...s.lines])]
}
