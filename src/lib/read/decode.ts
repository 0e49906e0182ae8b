/**
 * Byte decoding of report files (BOM, UTF-8, UTF-16, GB18030) and the text normalisation
 * every tokenizer applies before splitting lines into cells.
 */
import { foldRadicals } from '../text/radicals.ts'
import { utf8Text } from './utf8.ts'

/** Encodings a report file may be stored in (the record keeps this name). */
export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

/** The outcome of decoding a file's bytes; never thrown, always returned. */
export interface DecodedReport {
  /** Decoded text without BOM; '' when `ok` is false. */
  text: string
  /** Encoding used; null when the bytes are not text. */
  encoding: ReportEncoding | null
  /** high: BOM or strict UTF-8; medium: strict GB18030 or BOM-less UTF-16; low: lossy decode. */
  confidence: 'high' | 'medium' | 'low'
  /** False when the bytes do not decode to sensible text (caller emits `encoding`). */
  ok: boolean
  /** Why `ok` is false (or what was lossy); null otherwise. */
  reason: string | null
}

/** Decode `bytes` with `label`, returning null instead of throwing on invalid input. */
function strict(label: string, bytes: Uint8Array): string | null {
  if (label === 'utf-8') return utf8Text(bytes)
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Guess BOM-less UTF-16 from NUL bytes that sit mostly in odd (LE) or even (BE) positions (CJK like 一/开 put a few on the other side). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1
  if (n < 4) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = n / 2
  if (odd >= pairs * 0.1 && even * 4 <= odd) return 'utf-16le'
  if (even >= pairs * 0.1 && odd * 4 <= even) return 'utf-16be'
  return null
}

/** Describe why decoded text looks like binary data (NULs, controls, U+FFFD), or null if it looks fine. */
export function garbageReason(text: string): string | null {
  if (text.length === 0) return null
  let nul = 0
  let control = 0
  let replacement = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) nul++
    else if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c < 0xa0)) control++
    else if (c === 0xfffd) replacement++
  }
  const limit = Math.max(1, text.length * 0.02)
  if (nul > 0) return `${nul} NUL character(s): not a text file`
  if (control > limit) return `${control} control characters: not a text file`
  if (replacement > limit) return `${replacement} undecodable byte sequences`
  return null
}

/** Build a result, checking the text for binary garbage. */
function result(text: string, encoding: ReportEncoding, confidence: DecodedReport['confidence']): DecodedReport {
  const reason = garbageReason(text)
  if (reason) return { text: '', encoding: null, confidence: 'low', ok: false, reason }
  return { text, encoding, confidence, ok: true, reason: null }
}

/** Decode a report file's bytes: BOM, strict UTF-8, BOM-less UTF-16, then GB18030 (covers GBK/GB2312). */
export function decodeReport(bytes: Uint8Array): DecodedReport {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return fromBom('utf-8', bytes.subarray(3), 'utf-8-bom')
  if (b0 === 0xff && b1 === 0xfe) return fromBom('utf-16le', bytes.subarray(2), 'utf-16le')
  if (b0 === 0xfe && b1 === 0xff) return fromBom('utf-16be', bytes.subarray(2), 'utf-16be')
  const utf16 = sniffUtf16(bytes)
  const text16 = utf16 ? strict(utf16, bytes) : null
  if (utf16 && text16 !== null && !garbageReason(text16)) return result(text16, utf16, 'medium')
  const utf8 = strict('utf-8', bytes)
  if (utf8 !== null) return result(utf8, 'utf-8', 'high')
  const gb = strict('gb18030', bytes)
  if (gb !== null) return result(gb, 'gb18030', 'medium')
  const mostlyUtf8 = lossy('utf-8', bytes)
  const bad = count(mostlyUtf8, 0xfffd)
  const wide = [...mostlyUtf8].filter((ch) => ch.charCodeAt(0) > 0x7f).length
  const best =
    bad <= wide * 0.01 ? { text: mostlyUtf8, name: 'utf-8' as const } : { text: lossy('gb18030', bytes), name: 'gb18030' as const }
  const out = result(best.text, best.name, 'low')
  return out.ok ? { ...out, reason: `some bytes are not valid ${best.name} and were replaced by U+FFFD` } : out
}

/** Decode the bytes after a BOM; invalid sequences lower the confidence. */
function fromBom(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, name: ReportEncoding): DecodedReport {
  const text = strict(label, bytes)
  if (text !== null) return result(text, name, 'high')
  const out = result(lossy(label, bytes), name, 'low')
  return out.ok ? { ...out, reason: `some bytes are not valid ${label} and were replaced by U+FFFD` } : out
}

/** Count occurrences of code point `c` in `text`. */
function count(text: string, c: number): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === c) n++
  return n
}

/** Decode with replacement characters for invalid sequences. */
function lossy(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes)
}

/** Unicode spaces (other than tab and newline) that become a plain space. */
const SPACES = /[\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g
/** Invisible characters that are removed (zero-width, BOM, soft hyphen, direction marks). */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g
/** Full-width or variant characters folded to ASCII; Chinese label punctuation （）、，。：“” is kept. */
const FOLD =
  /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff03\uff05\uff06\uff0a\uff0b\uff0d\uff0e\uff0f\uff1c-\uff1e\uff20\uff3f\uff5c\u2212\ufe62\ufe63\u2010\u2011]/g

/** Map one character matched by FOLD to its ASCII form. */
function fold(ch: string): string {
  const c = ch.charCodeAt(0)
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
  return c === 0xfe62 ? '+' : '-'
}

/** Normalise text: CRLF/CR → LF, Unicode spaces → ' ', drop zero-width chars, fold full-width digits/letters/number punctuation. Line count is preserved. */
export function normaliseText(text: string): string {
  return foldRadicals(text.replace(/\r\n?/g, '\n').replace(SPACES, ' ').replace(INVISIBLE, '').replace(FOLD, fold))
}
