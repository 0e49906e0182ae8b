/** How a report's original file is named for people: PDF，6 页; Word 文件（.docx）; 网页; 文本. */
import { readerLabels, type ReaderName } from '../../lib/index.ts'
import type { ReportRecord } from '../../lib/types.ts'

/** The kind of the original file, with its page count for PDFs. */
export function originalKind(record: Pick<ReportRecord, 'source'>): string {
  const kind = readerLabels[record.source.reader as ReaderName] ?? '文件'
  return record.source.pages ? `${kind}，${record.source.pages} 页` : kind
}

/** True when the source view shows text extracted from a binary document (PDF, Word) rather than the file itself. */
export function isExtractedText(record: Pick<ReportRecord, 'source'>): boolean {
  return ['pdf', 'docx', 'doc'].includes(record.source.reader ?? '')
}
