/**
 * The narrative of a report for its page: the record's narrative (made by the engine, see
 * src/lib/structure/narrative.ts) with each section's heading as written in the report.
 */
import type { Paragraph, ReportRecord, SectionRecord } from '../../lib/types.ts'

export type { Paragraph }

/** One of the six sections with its heading and paragraphs. */
export interface NarrativeSection extends SectionRecord {
  paragraphs: Paragraph[]
}

/** The report's text in reading order: what precedes section 一, then each section found. */
export interface Narrative {
  intro: Paragraph[]
  sections: NarrativeSection[]
}

/** The narrative of `record`, its sections titled as the report titles them. */
export function reportNarrative(record: Pick<ReportRecord, 'sections' | 'narrative'>): Narrative {
  const sections = record.narrative.sections.flatMap((s) => {
    const heading = record.sections.find((h) => h.number === s.number)
    return heading ? [{ ...heading, paragraphs: s.paragraphs }] : []
  })
  return { intro: record.narrative.intro, sections }
}
