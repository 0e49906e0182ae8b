/**
 * The common case of a Word XML part read in one pass: well-formed XML 1.0 with ASCII names,
 * namespace declarations, comments and the predefined and numeric character references. Anything
 * else (a DOCTYPE, CDATA, processing instructions, carriage returns, whitespace inside attribute
 * values, a malformed tag…) gives null, and saxes reads the part, reporting any error as before.
 * The tree is the one `parseXml` builds from saxes's events: one text child per run of text
 * between two tags (comments cut a run), attributes in document order.
 */
import type { XmlElement } from './xml.ts'

const XMLNS = 'http://www.w3.org/2000/xmlns/'
const XML = 'http://www.w3.org/XML/1998/namespace'

/** Characters left to saxes: a carriage return (line ends are normalised), controls, noncharacters… */
const unusual = /[\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/
/** …and lone surrogates (looked for only when the text has any surrogate). */
const surrogate = /[\ud800-\udfff]/
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The XML declarations read here: version 1.0, an optional encoding and standalone. */
const declaration =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/

/** An ASCII qualified name, at a position (sticky). */
const qname = /[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?/y

/** A character reference or one of the five predefined entities. */
const reference = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g

const predefined: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Whether `n` is a character XML 1.0 allows. */
function isXmlChar(n: number): boolean {
  return (
    n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff)
  )
}

/** Text with its references resolved; null when it holds any other `&` or a bad reference. */
function resolved(raw: string): string | null {
  if (!raw.includes('&')) return raw
  if (raw.replace(reference, '').includes('&')) return null
  let bad = false
  const out = raw.replace(reference, (_m, name?: string, dec?: string, hex?: string) => {
    if (name) return predefined[name]!
    const n = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16)
    if (!isXmlChar(n)) bad = true
    return bad ? '' : String.fromCodePoint(n)
  })
  return bad ? null : out
}

/** The namespace bound to `prefix` in the scopes (innermost last), or undefined. */
function resolve(scopes: readonly (Map<string, string> | null)[], prefix: string): string | undefined {
  if (prefix === 'xml') return XML
  if (prefix === 'xmlns') return XMLNS
  for (let s = scopes.length - 1; s >= 0; s--) {
    const uri = scopes[s]?.get(prefix)
    if (uri !== undefined) return uri
  }
  return undefined
}

/** Where the name at `at` ends, or -1 when no name starts there. */
function nameEnd(text: string, at: number): number {
  qname.lastIndex = at
  return qname.test(text) ? qname.lastIndex : -1
}

/** Where the whitespace from `at` ends. */
function spaceEnd(text: string, at: number): number {
  let c = text.charCodeAt(at)
  while (c === 0x20 || c === 0x0a || c === 0x09) c = text.charCodeAt(++at)
  return at
}

/** The root element of `text` (BOM already removed), or null when saxes must read it. */
export function fastXml(text: string, accepts: (uri: string) => boolean): XmlElement | null {
  if (unusual.test(text) || (surrogate.test(text) && loneSurrogate.test(text))) return null
  let i = 0
  if (text.startsWith('<?xml')) {
    const decl = declaration.exec(text)
    if (!decl) return null
    i = decl[0].length
  }
  const stack: XmlElement[] = []
  const names: string[] = []
  // Namespace declarations per open element (null: none).
  const scopes: (Map<string, string> | null)[] = []
  // The attributes of the tag being read, as name, value, name, value….
  const raw: string[] = []
  let root: XmlElement | null = null
  while (i < text.length) {
    const lt = text.indexOf('<', i)
    const end = lt < 0 ? text.length : lt
    if (end > i) {
      const run = text.slice(i, end)
      if (run.includes(']]>')) return null
      if (stack.length) {
        const t = resolved(run)
        if (t === null) return null
        stack[stack.length - 1]!.children.push(t)
      } else if (spaceEnd(run, 0) !== run.length) return null
    }
    if (lt < 0) break
    const next = text.charCodeAt(lt + 1)
    if (next === 0x2f) {
      // </name>
      const after = nameEnd(text, lt + 2)
      if (after < 0 || text.slice(lt + 2, after) !== names[names.length - 1]) return null
      const close = spaceEnd(text, after)
      if (text.charCodeAt(close) !== 0x3e) return null
      stack.pop()
      names.pop()
      scopes.pop()
      i = close + 1
      continue
    }
    if (next === 0x21) {
      // <!-- comment --> (a "--" inside, or a "-" before the end, is an error saxes reports)
      if (!text.startsWith('<!--', lt)) return null
      const close = text.indexOf('-->', lt + 4)
      const comment = close < 0 ? '' : text.slice(lt + 4, close)
      if (close < 0 || comment.includes('--') || comment.endsWith('-')) return null
      i = close + 3
      continue
    }
    if (root && !stack.length) return null // a second root, or a processing instruction
    const tagEnd = nameEnd(text, lt + 1)
    if (tagEnd < 0) return null
    const tagName = text.slice(lt + 1, tagEnd)
    let at = tagEnd
    let selfClosing = false
    let scope: Map<string, string> | null = null
    raw.length = 0
    for (;;) {
      const gapEnd = spaceEnd(text, at)
      const gap = gapEnd - at
      at = gapEnd
      const c = text.charCodeAt(at)
      if (c === 0x3e) break
      if (c === 0x2f) {
        if (text.charCodeAt(at + 1) !== 0x3e) return null
        selfClosing = true
        at++
        break
      }
      if (gap === 0) return null
      const attrEnd = nameEnd(text, at)
      if (attrEnd < 0) return null
      const name = text.slice(at, attrEnd)
      at = spaceEnd(text, attrEnd)
      if (text.charCodeAt(at) !== 0x3d) return null
      at = spaceEnd(text, at + 1)
      const quote = text.charCodeAt(at)
      if (quote !== 0x22 && quote !== 0x27) return null
      const close = text.indexOf(quote === 0x22 ? '"' : "'", at + 1)
      if (close < 0) return null
      const written = text.slice(at + 1, close)
      if (written.includes('<') || written.includes('\t') || written.includes('\n')) return null
      const value = resolved(written)
      if (value === null) return null
      if (value === XML || value === XMLNS) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) return null
      }
      if (name === 'xmlns') (scope ??= new Map()).set('', value)
      else if (name.startsWith('xmlns:')) {
        const prefix = name.slice(6)
        if (value === '' || prefix === 'xml' || prefix === 'xmlns') return null
        ;(scope ??= new Map()).set(prefix, value)
      }
      raw.push(name, value)
      at = close + 1
    }
    i = at + 1
    scopes.push(scope)
    const colon = tagName.indexOf(':')
    const prefix = colon < 0 ? '' : tagName.slice(0, colon)
    if (prefix === 'xmlns') return null
    const uri = resolve(scopes, prefix) ?? (prefix === '' ? '' : undefined)
    if (uri === undefined) return null
    const attrs: Record<string, string> = {}
    const keys: string[] = []
    for (let k = 0; k < raw.length; k += 2) {
      const name = raw[k]!
      const c = name.indexOf(':')
      let attrUri: string | undefined
      let key: string
      if (c < 0) {
        attrUri = name === 'xmlns' ? XMLNS : ''
        key = name
      } else {
        attrUri = resolve(scopes, name.slice(0, c))
        if (attrUri === undefined) return null
        key = `{${attrUri}}${name.slice(c + 1)}`
      }
      if (keys.includes(key)) return null
      keys.push(key)
      if (!attrUri || accepts(attrUri)) attrs[c < 0 ? name : name.slice(c + 1)] = raw[k + 1]!
    }
    const el: XmlElement = { uri, name: colon < 0 ? tagName : tagName.slice(colon + 1), attrs, children: [] }
    if (stack.length) stack[stack.length - 1]!.children.push(el)
    else root = el
    if (selfClosing) scopes.pop()
    else {
      stack.push(el)
      names.push(tagName)
    }
  }
  return stack.length || !root ? null : root
}
