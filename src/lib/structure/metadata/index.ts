/**
 * Read a report's metadata: organ, title, report year, publication date and document number,
 * each with the line it came from. The header is the first non-blank lines before the first
 * section; the tail is the last non-blank lines after the last section. Nothing is guessed:
 * what is not written is null.
 */
import type { LineNode, SectionRecord } from '../../types.ts'
import { dateLine, labelledDate } from './date.ts'
import { findDocumentNumber } from './document-number.ts'
import { chineseDigit, foldDigits, numberOf } from '../../text/numerals.ts'
import { organFromMasthead, organFromSignature, organFromTitle, pickOrgan } from './organ.ts'
import { findTitle } from './title.ts'

/** The metadata fields of a report. */
export interface ReportMetadata {
  organName: string | null
  title: string | null
  /** The year reported on (from the title), not the year of publication. */
  year: number | null
  /** `YYYY-MM-DD`. */
  publishedOn: string | null
  documentNumber: string | null
  /** 1-based source line of each field, null when the field was not found. */
  line: Record<'organName' | 'title' | 'year' | 'publishedOn' | 'documentNumber', number | null>
}

/** How many non-blank lines make the header and the tail. */
const headerSize = 40
const tailSize = 15

/** Year written in a title: "2021 年", "2020年度", "二〇二一年", or a bare 20xx. */
const titleYear = new RegExp(`(?<!\\d)(\\d{4})\\s*年|(${chineseDigit}{4})\\s*年|(?<!\\d)(20\\d{2})(?!\\d)`)

/** The report year named in `title`, or null when none in 2000–2100. */
export function yearOfTitle(title: string): number | null {
  const m = titleYear.exec(foldDigits(title))
  const year = m ? numberOf(m[1] ?? m[2] ?? m[3]!) : null
  return year !== null && year >= 2000 && year <= 2100 ? year : null
}

/** A date line with the lines it came from: in the tail (last one wins), else just after the title. */
interface Closing {
  iso: string
  lead: string
  line: number
  tailIndex: number
}

/** The publication date: the last date line of the tail, or a date line right after the title. */
function closingDate(tail: LineNode[], header: LineNode[], titleEnd: number | null): Closing | null {
  for (let i = tail.length - 1; i >= 0; i--) {
    const d = dateLine(tail[i]!.text)
    if (d) return { ...d, line: tail[i]!.position.start.line, tailIndex: i }
  }
  if (titleEnd !== null) {
    for (const l of header.filter((h) => h.position.start.line > titleEnd).slice(0, 3)) {
      const d = dateLine(l.text)
      if (d) return { ...d, line: l.position.start.line, tailIndex: -1 }
    }
  }
  for (const l of header) {
    const iso = labelledDate(l.text)
    if (iso) return { iso, lead: '', line: l.position.start.line, tailIndex: -1 }
  }
  return null
}

/** Read organ, title, year, publication date and document number from `lines`. */
export function findMetadata(lines: LineNode[], sections: SectionRecord[]): ReportMetadata {
  const first = sections.length ? Math.min(...sections.map((s) => s.line)) : Infinity
  const last = sections.length ? Math.max(...sections.map((s) => s.line)) : 0
  const text = lines.filter((l) => !l.blank)
  const header = text.filter((l) => l.position.start.line < first).slice(0, headerSize)
  const tail = text.filter((l) => l.position.start.line > last).slice(-tailSize)

  const title = findTitle(header)
  const number = findDocumentNumber(header)
  const year = title ? yearOfTitle(title.text) : null
  const yearLine = year === null ? undefined : header.find((l) => l.position.start.line >= title!.line && yearOfTitle(l.text) === year)
  const closing = closingDate(tail, header, title?.endLine ?? null)
  const organ = pickOrgan(
    organFromMasthead(header),
    title ? organFromTitle(title.text, title.line) : null,
    closing && closing.tailIndex >= 0 ? organFromSignature(tail, closing.tailIndex, closing.lead) : null,
  )
  return {
    organName: organ?.name ?? null,
    title: title?.text ?? null,
    year,
    publishedOn: closing?.iso ?? null,
    documentNumber: number?.text ?? null,
    line: {
      organName: organ?.line ?? null,
      title: title?.line ?? null,
      year: year === null ? null : (yearLine?.position.start.line ?? title!.line),
      publishedOn: closing?.line ?? null,
      documentNumber: number?.line ?? null,
    },
  }
}
