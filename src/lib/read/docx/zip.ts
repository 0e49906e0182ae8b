/**
 * The zip package of a .docx: its parts by name, read with Node's zlib when the package is a plain
 * one (zip-fast.ts), else through jszip, each decompressed as a stream with a size cap, so a
 * crafted file cannot fill the memory.
 */
import JSZip from 'jszip'
import { detailOf, WordError } from '../word/word-error.ts'
import { utf8Text } from '../utf8.ts'
import { parseXml, type XmlElement } from './xml.ts'
import { fastBytes, fastEntry, fastZip, type FastZip } from './zip-fast.ts'

/** No XML part of a report is near this size; a larger one is a damaged or hostile file. */
const maxPartBytes = 64 * 1024 * 1024

/** An opened .docx package: its plain reading, if it has one, and jszip's (opened when first needed). */
export interface Package {
  fast: FastZip | null
  zip: () => Promise<JSZip>
}

/** Open the zip; a WordError when it is not one (damaged, truncated). */
export async function openPackage(bytes: Uint8Array): Promise<Package> {
  const fast = fastZip(bytes)
  if (fast) {
    let zip: Promise<JSZip> | null = null
    return { fast, zip: () => (zip ??= loadZip(bytes)) }
  }
  const zip = await loadZip(bytes)
  return { fast: null, zip: async () => zip }
}

/** The package through jszip; a WordError when it is not a zip. */
async function loadZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false })
  } catch (error) {
    throw new WordError(`文件已损坏或不完整（不是有效的 .docx 压缩包：${detailOf(error)}）：请用 Word 或 WPS 打开后重新另存为 .docx`)
  }
}

/** The entry `name`, matched without a leading slash and case-insensitively as Office does; null when absent. */
function entryOf(zip: JSZip, name: string): JSZip.JSZipObject | null {
  const wanted = name.replace(/^\/+/, '')
  const exact = zip.file(wanted)
  if (exact) return exact
  const lower = wanted.toLowerCase()
  return Object.values(zip.files).find((f) => !f.dir && f.name.toLowerCase() === lower) ?? null
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
  // Valid UTF-8 without a byte order mark (TextDecoder would drop one): the fast way.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return (label === 'utf-8' && !bom ? utf8Text(bytes) : null) ?? new TextDecoder(label).decode(bytes)
}

/** The parsed XML part `name`, or null when the package has no such part. */
export async function xmlPart(pkg: Package, name: string): Promise<XmlElement | null> {
  if (pkg.fast) {
    const plain = fastEntry(pkg.fast, name.replace(/^\/+/, ''))
    if (!plain) return null
    const bytes = plain.size <= maxPartBytes ? fastBytes(pkg.fast, plain) : null
    if (bytes) return parseXml(decodeXml(bytes), plain.name)
  }
  const entry = entryOf(await pkg.zip(), name)
  if (!entry) return null
  return parseXml(decodeXml(await entryBytes(entry)), entry.name)
}
