/**
 * The zip package of a .docx through jszip: its parts by name, each
 * decompressed as a stream with a size cap, so a crafted file cannot fill the memory.
 */
import JSZip from 'jszip'
import { detailOf, WordError } from '../word/word-error.ts'
import { parseXml, type XmlElement } from './xml.ts'

/** No XML part of a report is near this size; a larger one is a damaged or hostile file. */
const maxPartBytes = 64 * 1024 * 1024

/** An opened .docx package. */
export interface Package {
  zip: JSZip
}

/** Open the zip; a WordError when it is not one (damaged, truncated). */
export async function openPackage(bytes: Uint8Array): Promise<Package> {
  try {
    return { zip: await JSZip.loadAsync(bytes, { checkCRC32: false }) }
  } catch (error) {
    throw new WordError(`文件已损坏或不完整（不是有效的 .docx 压缩包：${detailOf(error)}）：请用 Word 或 WPS 打开后重新另存为 .docx`)
  }
}

/** The entry `name`, matched without a leading slash and case-insensitively as Office does; null when absent. */
function entryOf(pkg: Package, name: string): JSZip.JSZipObject | null {
  const wanted = name.replace(/^\/+/, '')
  const exact = pkg.zip.file(wanted)
  if (exact) return exact
  const lower = wanted.toLowerCase()
  return Object.values(pkg.zip.files).find((f) => !f.dir && f.name.toLowerCase() === lower) ?? null
}

/** Decompress an entry, stopping past `maxPartBytes` (jszip's node stream is an old-style stream: events, no async iterator). */
function entryBytes(entry: JSZip.JSZipObject): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stream = entry.nodeStream('nodebuffer')
    const fail = (error: unknown) => {
      stream.pause()
      stream.removeAllListeners('data')
      reject(
        error instanceof WordError
          ? error
          : new WordError(`${entry.name} 无法解压（${detailOf(error)}），文件可能已损坏：请用 Word 或 WPS 打开后重新另存为 .docx`),
      )
    }
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxPartBytes) fail(new WordError(`${entry.name} 解压后超过 ${maxPartBytes / 1048576} MB，文件异常`))
      else chunks.push(chunk)
    })
    stream.on('error', fail)
    stream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

/** Decode an XML part's bytes: UTF-16 when it has a UTF-16 BOM, else UTF-8. */
function decodeXml(bytes: Uint8Array): string {
  const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  return new TextDecoder(label).decode(bytes)
}

/** The parsed XML part `name`, or null when the package has no such part. */
export async function xmlPart(pkg: Package, name: string): Promise<XmlElement | null> {
  const entry = entryOf(pkg, name)
  if (!entry) return null
  return parseXml(decodeXml(await entryBytes(entry)), entry.name)
}
