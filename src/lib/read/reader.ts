/** The shape of a reader: one per file format, bytes → the report's line tree. */
import type { VFile } from 'vfile'
import type { ReportRoot } from '../types.ts'

/** The formats the engine reads; the record names the one used (`source.reader`). */
export type ReaderName = 'text' | 'markdown' | 'html' | 'mhtml' | 'docx' | 'doc' | 'pdf'

/** Each format as editors and readers of the site name it (one map for `npm run check`, the build and the pages). */
export const readerLabels: Record<ReaderName, string> = {
  text: '文本',
  markdown: 'Markdown 文本',
  html: '网页',
  mhtml: '单个文件网页（.mht）',
  docx: 'Word 文件（.docx）',
  doc: 'Word 97–2003 文件（.doc）',
  pdf: 'PDF',
}

/** A reader turns one file's bytes into lines of text and table rows. */
export interface Reader {
  name: ReaderName
  /** Lower-case file endings this reader takes, with the dot (`.pdf`). */
  extensions: readonly string[]
  /**
   * Read `bytes`. Sets `file.value` to the text the source view shows (every position in the
   * tree points into it) and `file.data.encoding`; reports problems on `file`. Returns null
   * when nothing can be read (an `error` has been reported). Never throws for bad input.
   */
  read(bytes: Uint8Array, file: VFile): Promise<ReportRoot | null> | ReportRoot | null
}
