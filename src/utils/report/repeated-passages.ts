/**
 * The side-by-side view of the text a report repeats from the same organ's previous year: for
 * sections 一, 五 and 六, both years' sentences with the repeated ones marked (the repeated-text
 * rule's own comparison, src/lib/rules/repeated-text.ts). The previous year's record is found by
 * place code and year among the build's reports, through an index made once per report list.
 */
import { repeatedSentences, type Sentence } from '../../lib/rules/repeated-text.ts'
import type { ReportRecord, SectionRecord } from '../../lib/types.ts'

/** One section compared side by side. */
export interface RepeatedSection {
  number: SectionRecord['number']
  title: string
  current: Sentence[]
  previous: Sentence[]
  repeated: number
}

/** What the page shows: last year's report and the sections that repeat some of its sentences. */
export interface RepeatedPassages {
  previous: ReportRecord
  sections: RepeatedSection[]
}

const indexes = new WeakMap<readonly object[], Map<string, ReportRecord>>()

/** The record of the same organ's previous year among `entries`, if any (index built once per list). */
export function previousYearRecord(record: ReportRecord, entries: readonly { record: ReportRecord }[]): ReportRecord | undefined {
  let index = indexes.get(entries)
  if (!index) {
    index = new Map()
    for (const { record: r } of entries) {
      const key = r.organ.code && r.year !== null ? `${r.organ.code}-${r.year}` : null
      if (key && !index.has(key)) index.set(key, r)
    }
    indexes.set(entries, index)
  }
  return record.organ.code && record.year !== null ? index.get(`${record.organ.code}-${record.year - 1}`) : undefined
}

/** Sections 一, 五 and 六 that repeat at least one sentence of last year's report; null when nothing repeats. */
export function repeatedPassages(record: ReportRecord, previous: ReportRecord | undefined): RepeatedPassages | null {
  if (!previous) return null
  const sections: RepeatedSection[] = []
  for (const number of [1, 5, 6] as const) {
    const { current, previous: before } = repeatedSentences(record, previous, number)
    const repeated = current.filter((s) => s.repeated).length
    const title = record.sections.find((s) => s.number === number)?.title ?? ''
    if (repeated) sections.push({ number, title, current, previous: before, repeated })
  }
  return sections.length ? { previous, sections } : null
}
