/**
 * Find the document number (发文字号) in the header: 东凤府发[2021]20号, 〔2021〕, （2021）,
 * 【2021】 and full-width digits, kept exactly as written.
 */
import type { LineNode } from '../../types.ts'
import { foldDigits } from '../../text/numerals.ts'

/** A document number and its line. */
export interface DocumentNumberMatch {
  text: string
  line: number
}

/** Issuer code, bracketed year, serial number and 号 (on text with full-width digits folded). */
const documentNumber = /[\u4e00-\u9fff]{1,15}\s*[〔\[［【（(]\s*(?:19|20)\d{2}\s*[〕\]］】）)]\s*第?\s*\d{1,5}\s*号/

/** Narrative punctuation: a number quoted inside a sentence is not this report's number. */
const sentence = /[，,。；;《》“”]/

/** The first document number standing on its own in `header`, or null. */
export function findDocumentNumber(header: LineNode[]): DocumentNumberMatch | null {
  for (const line of header) {
    if (sentence.test(line.text)) continue
    const m = documentNumber.exec(foldDigits(line.text)) // folding keeps offsets, so slice the text as written
    if (m) return { text: line.text.slice(m.index, m.index + m[0].length).trim(), line: line.position.start.line }
  }
  return null
}
