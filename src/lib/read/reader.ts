/** The shape of a reader: one per file format, bytes → the report's line tree. */
import type { VFile } from 'vfile'
import type { ReportRoot } from '../types.ts'

/** The formats the engine reads; the record names the one used (`source.reader`). */
export type ReaderName = 'text' | 'markdown' | 'html' | 'mhtml' | 'docx' | 'doc' | 'pdf'

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
