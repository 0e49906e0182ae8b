/**
 * word-extractor's OLE compound-file reader made safe for damaged files: the header fields it
 * allocates by are checked first, and sector chains stop at loops (its own loop forever) and
 * at the number of sectors the file can hold.
 */
import { WordError } from '../word/word-error.ts'
import { type ByteReader, OleCompoundDocClass } from './extractor-internals.ts'

/** A sector chain that stops at a loop, an out-of-range sector or `limit` sectors (word-extractor's loops forever on some damaged files). */
function safeChain(table: number[], start: number, limit: number): number[] {
  const ids: number[] = []
  const seen = new Set<number>()
  for (let id = start; id >= 0 && id < table.length && !seen.has(id) && ids.length < limit; id = table[id]) {
    seen.add(id)
    ids.push(id)
  }
  return ids
}

/** An OLE file whose allocation tables use `safeChain`, no chain longer than the file has sectors. */
export class SafeOleDocument extends OleCompoundDocClass {
  private readonly size: number

  /** Open `reader`, whose file is `size` bytes long. */
  constructor(reader: ByteReader, size: number) {
    super(reader)
    this.size = size
  }

  /** Load the sector allocation table, then guard its chains. */
  async _readSAT(): Promise<void> {
    await super._readSAT()
    const table = this._SAT
    table.getSecIdChain = (start) => safeChain(table._table, start, Math.ceil(this.size / 512))
  }

  /** Load the short-sector allocation table, then guard its chains. */
  async _readSSAT(): Promise<void> {
    await super._readSSAT()
    const table = this._SSAT
    table.getSecIdChain = (start) => safeChain(table._table, start, Math.ceil(this.size / 64))
  }
}

/** Check the OLE header fields word-extractor trusts for its allocations (sector sizes, table sizes). */
export function checkHeader(bytes: Buffer): void {
  const shift = bytes.length >= 512 ? bytes.readUInt16LE(30) : 0
  const sectors = Math.ceil(bytes.length / 512)
  const sane =
    (shift === 9 || shift === 12) &&
    bytes.readUInt16LE(32) === 6 &&
    bytes.readUInt32LE(44) <= sectors &&
    bytes.readUInt32LE(64) <= sectors &&
    bytes.readUInt32LE(72) <= sectors
  if (!sane) throw new WordError('文件已损坏（复合文档的文件头无效）：请用 Word 或 WPS 打开后另存为 .docx')
}
