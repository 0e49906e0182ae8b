/**
 * repeated-text (info): sections 一, 五 and 六 should say something new each year. Counts the
 * sentences of each section that repeat a sentence of the same section of last year's report
 * (compared without spaces and punctuation, numbers and years as one mark, so "2021年…" repeats
 * "2020年…"); more than half repeated is flagged (some county assessment schemes deduct points
 * then). `repeatedSentences` gives the repeated passages for a side-by-side view.
 *
 * @example
 *   // passes (year fixture continuity-holds): section 五 rewritten: 0 of 3 sentences repeated
 * @example
 *   // fails (year fixture section-five-repeated): section 五 copied word for word from last year
 *   // 76:1 info 第五部分有 3/3 句与上年（2021）报告相同（100%） repeated-text
 */
import type { Paragraph, ReportRecord, SectionRecord } from '../types.ts'
import { defineYearRule } from './year-rule.ts'
import { sectionOf, sectionSpecs } from './section-specs.ts'

/** The sections compared. */
const compared: SectionRecord['number'][] = [1, 5, 6]

/** Sentences shorter than this (in letters and digits) are not counted (headings, "无。"). */
const shortest = 8

/** One sentence of a paragraph: its text as written and its comparison key. */
export interface Sentence {
  text: string
  key: string
  line: number
  /** Whether the other year's section holds the same sentence. */
  repeated: boolean
}

/** The comparison key: letters only, every run of digits one mark. */
function keyOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').replace(/\d+/g, '#')
}

/** The sentences of some paragraphs (split after 。！？；). */
export function sentencesOf(paragraphs: readonly Paragraph[]): Sentence[] {
  return paragraphs.flatMap((p) =>
    (p.text.match(/[^。！？；!?;]+[。！？；!?;]*/g) ?? []).map((text) => ({ text, key: keyOf(text), line: p.line, repeated: false })),
  )
}

/** The paragraphs of section `number` of a record. */
function paragraphsOf(record: Pick<ReportRecord, 'narrative'>, number: SectionRecord['number']): Paragraph[] {
  return record.narrative.sections.find((s) => s.number === number)?.paragraphs ?? []
}

/**
 * Both years' sentences of section `number`, each marked when the other year has it: what the report
 * page shows side by side. Only sentences long enough to count are marked.
 */
export function repeatedSentences(
  record: Pick<ReportRecord, 'narrative'>,
  previous: Pick<ReportRecord, 'narrative'>,
  number: SectionRecord['number'],
): { current: Sentence[]; previous: Sentence[] } {
  const current = sentencesOf(paragraphsOf(record, number))
  const before = sentencesOf(paragraphsOf(previous, number))
  const keys = new Set(before.map((s) => s.key))
  const used = new Set<string>()
  for (const s of current)
    if ([...s.key].length >= shortest && keys.has(s.key)) {
      s.repeated = true
      used.add(s.key)
    }
  for (const s of before) s.repeated = used.has(s.key)
  return { current, previous: before }
}

/** Flag sections 一, 五 and 六 more than half of whose sentences repeat last year's. */
export const repeatedText = defineYearRule(
  {
    id: 'repeated-text',
    severity: 'info',
    stage: 'check',
    meaning: '第一、五、六部分有一半以上的句子与同一机关上一年度报告相同',
    formula: '与上年相同的句子 ≤ 一半',
  },
  (record, previous, emit, { pass, unknown }) => {
    for (const number of compared) {
      const spec = sectionSpecs.find((s) => s.number === number)!
      const subject = `第${spec.ordinal}部分与上年相同的句子`
      const heading = sectionOf(record, number)
      const measure = { subject, line: heading?.line ?? null }
      if (!heading) {
        unknown(measure, `本报告没有第${spec.ordinal}部分的标题`)
        continue
      }
      if (!sectionOf(previous, number)) {
        unknown(measure, `上年报告没有第${spec.ordinal}部分的标题`)
        continue
      }
      const counted = repeatedSentences(record, previous, number).current.filter((s) => [...s.key].length >= shortest)
      if (!counted.length) {
        unknown(measure, `第${spec.ordinal}部分没有可比较的句子`)
        continue
      }
      const repeated = counted.filter((s) => s.repeated).length
      const sides = { ...measure, left: repeated, right: counted.length }
      if (repeated * 2 <= counted.length) {
        pass(sides)
        continue
      }
      const share = Math.round((repeated / counted.length) * 100)
      emit(
        `第${spec.ordinal}部分有 ${repeated}/${counted.length} 句与上年（${previous.year}）报告相同（${share}%）`,
        heading.line,
        sides,
        sectionOf(previous, number)!.line,
      )
    }
  },
)
