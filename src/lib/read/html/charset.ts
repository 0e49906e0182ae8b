/**
 * The charset a saved web page declares (`<meta charset>` or `http-equiv="Content-Type"`), and
 * decoding that honours it: GBK pages of Chinese CMSs say `gb2312`, UTF-8 pages say `utf-8`.
 * Bytes that are valid UTF-8 are read as UTF-8 whatever the page says (a page re-saved by an
 * editor keeps its old `<meta>`); otherwise the declaration decides instead of sniffing.
 */
import { utf8Text } from '../utf8.ts'
import { type DecodedReport, decodeReport, garbageReason } from '../decode.ts'

/** Charset families the engine tells apart; other declarations leave the choice to sniffing. */
export type CharsetFamily = 'utf-8' | 'gb18030'

/** How far into a page the declaration is looked for (the HTML prescan reads 1024 bytes; saved pages put comments first). */
const prescanBytes = 4096

/** A `<meta>` naming a charset (either form), or an XHTML page's XML declaration. */
const declarations = [
  /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.()-]+)/i,
  /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([a-z0-9_:.()-]+)/i,
]

/** The charset label a page declares in its first bytes or text, lower-cased; null when none. */
export function declaredCharset(page: Uint8Array | string): string | null {
  const head = typeof page === 'string' ? page.slice(0, prescanBytes) : new TextDecoder('latin1').decode(page.subarray(0, prescanBytes))
  for (const pattern of declarations) {
    const label = pattern.exec(head)?.[1]
    if (label) return label.toLowerCase()
  }
  return null
}

/** The family of a charset label (WHATWG aliases of UTF-8 and of GBK/GB18030), or null. */
export function charsetFamily(label: string | null | undefined): CharsetFamily | null {
  const name = (label ?? '').trim().toLowerCase()
  if (/^(?:utf-?8|unicode-1-1-utf-8|x-unicode20utf8)$/.test(name)) return 'utf-8'
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58|gb_2312(?:-80)?|csiso58gb231280)$/.test(name))
    return 'gb18030'
  return null
}

/** Decode `bytes` with `label`, null instead of throwing on an invalid sequence. */
function strict(label: string, bytes: Uint8Array): string | null {
  try {
    if (label === 'utf-8') return utf8Text(bytes)
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** A decoded page in `encoding`, checked for binary garbage; `lossy` notes replaced bytes. */
function decoded(text: string, encoding: CharsetFamily, lossy: boolean): DecodedReport {
  const reason = garbageReason(text)
  if (reason) return { text: '', encoding: null, confidence: 'low', ok: false, reason }
  return {
    text,
    encoding,
    confidence: lossy ? 'low' : 'high',
    ok: true,
    reason: lossy ? `some bytes are not valid ${encoding} and were replaced by U+FFFD` : null,
  }
}

/** How many U+FFFD a lossy decode made, and how many non-ASCII characters it has. */
function damage(text: string): { bad: number; wide: number } {
  let bad = 0
  let wide = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xfffd) bad++
    else if (c > 0x7f) wide++
  }
  return { bad, wide }
}

/** Decode a web page's bytes: BOM first, valid UTF-8 next, then the declared charset, then sniffing. */
export function decodePage(bytes: Uint8Array, declared: string | null = declaredCharset(bytes)): DecodedReport {
  const family = charsetFamily(declared)
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (bom || family === null) return decodeReport(bytes)
  const utf8 = strict('utf-8', bytes)
  if (utf8 !== null) return decoded(utf8, 'utf-8', false)
  if (family === 'gb18030') {
    const gb = strict('gb18030', bytes)
    return gb !== null ? decoded(gb, 'gb18030', false) : decoded(new TextDecoder('gb18030').decode(bytes), 'gb18030', true)
  }
  // Declared UTF-8 with a few broken sequences stays UTF-8; only a page that is not UTF-8 at all is sniffed.
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const { bad, wide } = damage(lossy)
  return bad <= Math.max(1, wide * 0.01) ? decoded(lossy, 'utf-8', true) : decodeReport(bytes)
}
