/** Why a Word file cannot be read: thrown inside the Word readers, reported once by `readWord`. */
export class WordError extends Error {
  /** True when the file is locked by a password (an encrypted .docx is an OLE file, so its name is not wrong). */
  readonly encrypted: boolean

  /** `reason` is the Chinese explanation shown after「Word 文件无法读取：」. */
  constructor(reason: string, options: { encrypted?: boolean } = {}) {
    super(reason)
    this.name = 'WordError'
    this.encrypted = options.encrypted ?? false
  }
}

/** A short description of an unexpected exception from a parser library. */
export function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.replace(/\s+/g, ' ').trim().slice(0, 120) || '未知错误'
}
