/**
 * The common case of a .docx package read with Node's own zlib: one disk, no zip64, no
 * encryption, stored or deflated entries with ASCII names, the central directory right before its
 * end record. Anything else gives null, and jszip opens the package as before (reporting what it
 * reports). An entry is inflated natively and kept only when it comes out at the size the central
 * directory gives; otherwise the caller reads it through jszip.
 */
import { inflateRawSync } from 'node:zlib'

/** An entry of the package: where its data is and how it is stored. */
interface FastEntry {
  name: string
  dir: boolean
  method: number
  start: number
  compressed: number
  size: number
}

/** A package read by `fastZip`. */
export interface FastZip {
  bytes: Uint8Array
  /** The entries, in central directory order. */
  entries: FastEntry[]
}

const endSignature = 0x06054b50
const centralSignature = 0x02014b50
const localSignature = 0x04034b50

/** The package's entries, or null when jszip must open it. */
export function fastZip(bytes: Uint8Array): FastZip | null {
  try {
    return entriesOf(bytes)
  } catch {
    return null // a record runs past the end of the file: a damaged package, for jszip to report
  }
}

/** `fastZip`, throwing a RangeError when a record runs past the end. */
function entriesOf(bytes: Uint8Array): FastZip | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (at: number): number => view.getUint16(at, true)
  const u32 = (at: number): number => view.getUint32(at, true)
  // The last end record, searched for as jszip does; its comment must run to the end of the file.
  let end = -1
  for (let at = bytes.length - 4; at >= 0; at--) {
    if (bytes[at] === 0x50 && u32(at) === endSignature) {
      end = at
      break
    }
  }
  if (end < 0 || end + 22 + u16(end + 20) !== bytes.length || u16(end + 4) !== 0 || u16(end + 6) !== 0) return null
  const records = u16(end + 10)
  const size = u32(end + 12)
  const offset = u32(end + 16)
  if (records === 0xffff || u16(end + 8) !== records || size === 0xffffffff || offset === 0xffffffff || offset + size !== end) return null
  const entries: FastEntry[] = []
  const names = new Set<string>()
  let at = offset
  for (let k = 0; k < records; k++) {
    if (at + 46 > end || u32(at) !== centralSignature) return null
    const flags = u16(at + 8)
    const method = u16(at + 10)
    const compressed = u32(at + 20)
    const uncompressed = u32(at + 24)
    const nameLength = u16(at + 28)
    const extraLength = u16(at + 30)
    const commentLength = u16(at + 32)
    const external = u32(at + 38)
    const local = u32(at + 42)
    if (flags & 1 || (method !== 0 && method !== 8) || compressed === 0xffffffff || uncompressed === 0xffffffff || local === 0xffffffff)
      return null
    if (method === 0 && compressed !== uncompressed) return null
    // Extra fields that change how jszip reads an entry: a zip64 size, a Unicode path.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) {
      const id = u16(x)
      if (id === 0x0001 || id === 0x7075) return null
    }
    at += 46 + nameLength + extraLength + commentLength
    if (at > end) return null
    // jszip names an entry from its local header: read the data's place from there too.
    if (local + 30 > offset || u32(local) !== localSignature) return null
    const localName = u16(local + 26)
    const start = local + 30 + localName + u16(local + 28)
    if (start + compressed > offset) return null
    let name = ''
    for (let i = local + 30; i < local + 30 + localName; i++) {
      const c = bytes[i]!
      if (c < 0x20 || c > 0x7e) return null
      name += String.fromCharCode(c)
    }
    if (names.has(name)) return null
    names.add(name)
    entries.push({ name, dir: (external & 0x10) !== 0 || name.endsWith('/'), method, start, compressed, size: uncompressed })
  }
  return { bytes, entries }
}

/** The entry `name` as jszip finds it (exact, else the first file whose name matches ignoring case), or null. */
export function fastEntry(zip: FastZip, name: string): FastEntry | null {
  const exact = zip.entries.find((e) => e.name === name)
  if (exact) return exact.dir ? null : exact
  const lower = name.toLowerCase()
  return zip.entries.find((e) => !e.dir && e.name.toLowerCase() === lower) ?? null
}

/** The bytes of `entry`, or null when zlib does not give exactly its size (jszip then reads it). */
export function fastBytes(zip: FastZip, entry: FastEntry): Uint8Array | null {
  const data = zip.bytes.subarray(entry.start, entry.start + entry.compressed)
  if (entry.method === 0) return data
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) })
    return out.length === entry.size ? out : null
  } catch {
    return null
  }
}
