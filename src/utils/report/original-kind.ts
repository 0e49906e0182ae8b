/** How a report's original file is named for people: PDF（6 页）, Word 文件, 网页, 文本. */
import type { ReportRecord } from '../../lib/types.ts'

const kinds: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word 文件',
  doc: 'Word 文件（97–2003）',
  html: '网页',
  mhtml: '单个文件网页',
  markdown: 'Markdown 文本',
  text: '文本',
}

/** The kind of the original file, with its page count for PDFs. */
export function originalKind(record: Pick<ReportRecord, 'source'>): string {
  const kind = kinds[record.source.reader ?? ''] ?? '文件'
  return record.source.pages ? `${kind}，${record.source.pages} 页` : kind
}

/** True when the source view shows text extracted from a binary document (PDF, Word) rather than the file itself. */
export function isExtractedText(record: Pick<ReportRecord, 'source'>): boolean {
  return ['pdf', 'docx', 'doc'].includes(record.source.reader ?? '')
}
