/**
 * The parts of word-extractor (1.0.x) the .doc reader builds on: its OLE compound-file reader and
 * its Word text extractor class, loaded from the package's lib/ folder with the types they have
 * there. Its public API returns cleaned text only, where a table's cell and row marks are both
 * turned into tabs and row ends are only sometimes found; the reader needs the raw marks.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** One entry of the text piece table: where characters `startCp`…`endCp` are stored. */
export interface Piece {
  startCp: number
  endCp: number
  startFilePos: number
  endFilePos: number
  /** Bytes per character: 2 for UTF-16 pieces, 1 for compressed (8-bit) ones. */
  bpc: number
  text: string
}

/** The OLE directory entry of a storage (the root): its streams by name. */
interface DirEntry {
  streams: Record<string, unknown>
}

/** An opened OLE compound file. */
export interface OleDocument {
  read(): Promise<OleDocument>
  stream(name: string): NodeJS.ReadableStream
  _rootStorage: { _dirEntry: DirEntry }
  _readSAT(): Promise<void>
  _readSSAT(): Promise<void>
  _SAT: AllocationTable
  _SSAT: AllocationTable
}

/** A sector allocation table. */
export interface AllocationTable {
  _table: number[]
  getSecIdChain(start: number): number[]
}

/** The reader word-extractor reads bytes through. */
export interface ByteReader {
  open(): Promise<void>
  close(): Promise<void>
}

/** Word-extractor's .doc extractor, the methods the reader overrides or calls. */
export interface WordOleExtractor {
  _pieces: Piece[]
  _boundaries: { ccpText: number }
  extract(reader: ByteReader): Promise<unknown>
  extractWordDocument(document: OleDocument, buffer: Buffer): Promise<unknown>
  documentStream(document: OleDocument, name: string): Promise<NodeJS.ReadableStream>
  streamBuffer(stream: NodeJS.ReadableStream): Promise<Buffer>
}

export const WordOleExtractorClass = require('word-extractor/lib/word-ole-extractor.js') as new () => WordOleExtractor
export const OleCompoundDocClass = require('word-extractor/lib/ole-compound-doc.js') as new (reader: ByteReader) => OleDocument
export const AllocationTableClass = require('word-extractor/lib/ole-allocation-table.js') as new (doc: OleDocument) => AllocationTable
export const BufferReaderClass = require('word-extractor/lib/buffer-reader.js') as new (buffer: Buffer) => ByteReader

/** The names of the streams at the root of an OLE file. */
export function streamNames(doc: OleDocument): string[] {
  return Object.keys(doc._rootStorage?._dirEntry?.streams ?? {})
}
