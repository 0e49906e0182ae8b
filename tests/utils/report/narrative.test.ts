/** The report page's narrative: the engine's paragraphs under the headings the report writes. */
import { describe, expect, it } from 'vitest'
import { reportNarrative } from '../../../src/utils/report/narrative.ts'
import { sampleRecord } from './samples.ts'

describe('reportNarrative', () => {
  it('titles each section of the record narrative with its heading as written', () => {
    const record = sampleRecord('640521205000-2021')
    const narrative = reportNarrative(record)
    expect(narrative.intro).toBe(record.narrative.intro)
    expect(narrative.sections.map((s) => s.number)).toEqual(record.narrative.sections.map((s) => s.number))
    expect(narrative.sections.filter((s) => s.paragraphs.length > 0).length).toBeGreaterThanOrEqual(3)
    for (const s of narrative.sections) {
      expect(s.title).toBe(record.sections.find((h) => h.number === s.number)!.title)
      for (const p of s.paragraphs) expect(p.line).toBeGreaterThan(s.line - 1)
    }
  })

  it('leaves out a narrative section whose heading the record does not have', () => {
    const record = {
      sections: [],
      narrative: { intro: [{ text: '前言', line: 1 }], sections: [{ number: 1 as const, paragraphs: [{ text: 'x', line: 2 }] }] },
    }
    expect(reportNarrative(record)).toEqual({ intro: [{ text: '前言', line: 1 }], sections: [] })
  })
})
