/**
 * Bytes of a text file in the encodings reports come in: UTF-8 (with or without BOM), UTF-16LE
 * with BOM (Notepad's "Unicode"), GB18030 (Windows Chinese text, GBK web pages), with LF or CRLF.
 */

/** The encodings the generator writes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030'

let gbTable: Uint16Array | null = null

/** UTF-16 code unit → two-byte GB18030 code (0: none), built once by decoding the two-byte range. */
function gb(): Uint16Array {
  if (gbTable) return gbTable
  const table = new Uint16Array(0x10000)
  const decoder = new TextDecoder('gb18030')
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (ch.length === 1 && ch !== '\ufffd' && table[ch.charCodeAt(0)] === 0) table[ch.charCodeAt(0)] = (hi << 8) | lo
    }
  gbTable = table
  return table
}

/** GB18030 bytes of `text`, or null when a character has no two-byte code (such a file is written in UTF-8). */
function gb18030(text: string): Buffer | null {
  const table = gb()
  const out = Buffer.alloc(text.length * 2)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) out[n++] = c
    else {
      const code = table[c]!
      if (code === 0) return null
      out[n++] = code >> 8
      out[n++] = code & 0xff
    }
  }
  return out.subarray(0, n)
}

/** Encode `text`; the encoding actually used comes back (GB18030 falls back to UTF-8). */
export function encode(text: string, encoding: Encoding, crlf: boolean): { bytes: Buffer; encoding: Encoding } {
  const lines = crlf ? text.replace(/\n/g, '\r\n') : text
  if (encoding === 'gb18030') {
    const bytes = gb18030(lines)
    if (bytes) return { bytes, encoding }
    return { bytes: Buffer.from(lines, 'utf8'), encoding: 'utf-8' }
  }
  if (encoding === 'utf-16le') return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]), encoding }
  const bytes = Buffer.from(lines, 'utf8')
  return { bytes: encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes, encoding }
}
