/**
 * The main text of a .doc with Word's marks kept (paragraph marks, cell and row marks, field
 * characters) and the paragraph properties at each mark. word-extractor reads the OLE file, the
 * piece table and tracked deletions; this subclass keeps the raw characters and reads paragraph
 * properties itself (word-extractor's own pass overwrites some row marks and misses others).
 */
import { WordError } from '../word/word-error.ts'
import {
  type ByteReader,
  type OleDocument,
  type Piece,
  BufferReaderClass,
  streamNames,
  WordOleExtractorClass,
} from './extractor-internals.ts'
import { type PapxRun, papxRuns } from './papx.ts'
import { checkHeader, SafeOleDocument } from './safe-ole.ts'

/** The main story of a .doc: its characters, and the property modifiers of each paragraph by the position of its mark. */
export interface WordBinary {
  text: string
  marks: Map<number, Uint8Array>
  /** The Data stream, where property modifiers too large for their page are kept; null when the file has none. */
  data: Buffer | null
}

const MAGIC = 0xa5ec
/** nFib of Word 97; Word 6 and 95 files (nFib 101–105) have another layout. */
const WORD97 = 0x00c0
const fEncrypted = 0x0100

/** Why an OLE file without a WordDocument stream cannot be read. */
function notWordReason(names: string[]): WordError {
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) {
    return new WordError('文件设置了打开密码（已加密）：请在 Word 或 WPS 中去除密码后重新保存为 .docx', { encrypted: true })
  }
  if (names.includes('Workbook') || names.includes('Book')) return new WordError('文件实际是 Excel 表格（.xls），不是 Word 文档')
  if (names.includes('PowerPoint Document')) return new WordError('文件实际是 PowerPoint 演示文稿（.ppt），不是 Word 文档')
  return new WordError('文件不是 Word 文档（复合文档中没有 Word 正文），可能是 WPS 或其他软件的专有格式：请另存为 .docx')
}

/** Check the FIB: a Word 97+ document that is not encrypted. */
function checkFib(word: Buffer): void {
  if (word.length < 0x200 || word.readUInt16LE(0) !== MAGIC) {
    const old = word.length >= 4 && word.readUInt16LE(0) === 0xa5dc
    throw new WordError(
      old
        ? '这是 Word 6.0/95 或更早版本的文件：请用 Word 或 WPS 另存为 .docx'
        : '文件已损坏（Word 正文的文件头无效）：请用 Word 或 WPS 打开后另存为 .docx',
    )
  }
  if (word.readUInt16LE(2) < WORD97) throw new WordError('这是 Word 6.0/95 或更早版本的文件：请用 Word 或 WPS 另存为 .docx')
  if (word.readUInt16LE(0x0a) & fEncrypted) {
    throw new WordError('文件设置了打开密码（已加密）：请在 Word 或 WPS 中去除密码后重新保存为 .docx', { encrypted: true })
  }
}

/** The character position of the byte before `fc` (a paragraph's mark), through the piece table; -1 when no piece holds it. */
function cpBefore(pieces: Piece[], fc: number): number {
  for (const p of pieces) {
    if (fc - 1 >= p.startFilePos && fc - 1 < p.endFilePos) return p.startCp + Math.floor((fc - 1 - p.startFilePos) / p.bpc)
  }
  return -1
}

/** word-extractor's .doc extractor, keeping the raw main text and the paragraph runs. */
class RawExtractor extends WordOleExtractorClass {
  runs: PapxRun[] = []
  data: Buffer | null = null
  private readonly size: number

  /** An extractor for a file of `size` bytes. */
  constructor(size: number) {
    super()
    this.size = size
  }

  /** Open the OLE file with guarded chains and check it holds a Word document before extracting. */
  async extract(reader: ByteReader): Promise<WordBinary> {
    const document = new SafeOleDocument(reader, this.size)
    await document.read()
    const names = streamNames(document)
    if (!names.includes('WordDocument')) throw notWordReason(names)
    if (names.includes('Data')) this.data = await this.streamBuffer(await this.documentStream(document, 'Data'))
    const word = await this.streamBuffer(await this.documentStream(document, 'WordDocument'))
    return (await this.extractWordDocument(document, word)) as WordBinary
  }

  /** Check the FIB before word-extractor reads the piece table. */
  extractWordDocument(document: OleDocument, buffer: Buffer): Promise<unknown> {
    checkFib(buffer)
    return super.extractWordDocument(document, buffer)
  }

  /** Bookmarks are not needed (and word-extractor's reading of them throws on some files). */
  writeBookmarks(): void {}

  /** Headers and footers are not read. */
  normalizeHeaders(): void {}

  /** Keep the paragraph runs instead of rewriting row marks. */
  writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void {
    this.runs = papxRuns(buffer, tableBuffer)
  }

  /** The main story's raw characters and the property modifiers at each paragraph mark. */
  buildDocument(): WordBinary {
    const ccp = this._boundaries.ccpText
    const text = this._pieces
      .map((p) => p.text)
      .join('')
      .slice(0, ccp)
    const marks = new Map<number, Uint8Array>()
    for (const run of this.runs) {
      const cp = cpBefore(this._pieces, run.fcEnd)
      if (cp >= 0 && cp < ccp) marks.set(cp, run.grpprl)
    }
    return { text, marks, data: this.data }
  }
}

/** Read the main story of a .doc's bytes; throws (a WordError for known problems) when it cannot be read. */
export async function readWordBinary(bytes: Uint8Array): Promise<WordBinary> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  checkHeader(buffer)
  const reader = new BufferReaderClass(buffer)
  await reader.open()
  try {
    return await new RawExtractor(buffer.length).extract(reader)
  } finally {
    await reader.close()
  }
}
