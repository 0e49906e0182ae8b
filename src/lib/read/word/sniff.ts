/**
 * What a Word file really is, from its first bytes: editors rename files freely (.doc ↔ .docx),
 * WPS saves RTF as .doc, and sites publish web pages (HTML, MHT) named .doc.
 */

/** The container a file's bytes show. */
export type WordKind = 'zip' | 'ole' | 'rtf' | 'mime' | 'html' | 'word-xml' | 'empty' | 'unknown'

const ZIP = [0x50, 0x4b]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Whether `bytes` begin with `signature`. */
function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)
}

/** The first bytes as Latin-1 text without a UTF-8 BOM or leading whitespace. */
function head(bytes: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  return text.replace(/^\xef\xbb\xbf/, '').trimStart()
}

/** The container of a Word file by its magic bytes (zip for .docx, OLE for .doc) or leading text. */
export function wordKind(bytes: Uint8Array): WordKind {
  if (bytes.length === 0) return 'empty'
  if (startsWith(bytes, ZIP) && [0x0304, 0x0506, 0x0708].includes((bytes[2] << 8) | bytes[3])) return 'zip'
  if (startsWith(bytes, OLE)) return 'ole'
  const text = head(bytes)
  if (text.startsWith('{\\rtf')) return 'rtf'
  if (/^[a-z][\w-]*:/i.test(text) && /^(?:mime-version\s*:|content-type\s*:\s*multipart\/related)/im.test(text)) return 'mime'
  if (/<w:wordDocument\b|<\?mso-application\s+progid="Word\.Document"/i.test(text)) return 'word-xml'
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b/i.test(text)) return 'html'
  return 'unknown'
}
