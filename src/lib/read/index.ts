/**
 * The read stage: a report file's bytes → its line tree (lines of text and table rows, with
 * positions in the text the source view shows). One reader per format, chosen by file ending.
 */
import type { VFile } from 'vfile'
import type { ReportRoot } from '../types.ts'
import { docReader } from './doc/reader.ts'
import { docxReader } from './docx/reader.ts'
import { htmlReader } from './html/reader.ts'
import { markdownReader } from './markdown/reader.ts'
import { mhtmlReader } from './mhtml/reader.ts'
import { pdfReader } from './pdf/reader.ts'
import type { Reader } from './reader.ts'
import { textReader } from './text-reader.ts'

export { readerLabels, type Reader, type ReaderName } from './reader.ts'

/** Every reader, in the order `npm run check` lists the formats. */
export const readers: readonly Reader[] = [textReader, markdownReader, htmlReader, mhtmlReader, pdfReader, docxReader, docReader]

/** The reader for a file name, or null when no reader takes its ending. */
export function readerFor(path: string): Reader | null {
  const lower = path.toLowerCase()
  return readers.find((r) => r.extensions.some((ext) => lower.endsWith(ext))) ?? null
}

/** Every file ending some reader takes. */
export function readableExtensions(): string[] {
  return readers.flatMap((r) => r.extensions)
}

/** Read a file with the reader for its ending; null when it cannot be read (diagnostics on `file`). */
export async function readReport(bytes: Uint8Array, file: VFile, reader: Reader): Promise<ReportRoot | null> {
  file.data.reader = reader.name
  return reader.read(bytes, file)
}
