/**
 * Writes the byte fixtures of tests/lib/read/decode deterministically from a UTF-8 seed snippet.
 * Run: npx tsx tests/lib/read/decode/make-fixtures.ts  (the produced bytes are committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gb18030 } from '../../../support/gb18030.ts'

const root = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures')

/** A snippet of seed 004 (徐套乡 2021): heading, table 二 rows with tabs. */
const seed = [
  '二、主动公开政府信息情况',
  '',
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t0',
  '行政规范性文件\t2\t0\t2',
  '第二十条第（八）项\t',
  '信息内容\t本年收费金额（单位：万元）',
  '行政事业性收费\t3.2',
  '',
].join('\n')

/** Encode a string as UTF-16 code units in little- or big-endian order. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  const view = new DataView(out.buffer)
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian)
  return out
}

/** Concatenate byte arrays. */
function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Deterministic pseudo-random bytes (xorshift32) for the binary-garbage case. */
function garbage(n: number): Uint8Array {
  let x = 0x2545f491
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const fullWidth =
  '规章\t０\t０\t０\n行政规范性文件\t１２\t－３\t１０．５％\n本年增／减\tＴＯＴＡＬ｜＋８\n（一）予以公开、“三安全一稳定”：\n'
const nbsp = '\u00a0\u00a0一、总体情况\n规章\u00a0\u00a00\u30000\u200b\u20020\n\u3000\u3000（二）部分公开\n'

const cases: Record<string, [string, Uint8Array]> = {
  'utf-8': ['txt', utf8(seed)],
  'utf-8-bom': ['txt', concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(seed))],
  'utf-16le-bom': ['txt', concat(Uint8Array.of(0xff, 0xfe), utf16(seed, true))],
  'utf-16be-bom': ['txt', concat(Uint8Array.of(0xfe, 0xff), utf16(seed, false))],
  'utf-16le-no-bom': ['txt', utf16(seed, true)],
  gb18030: ['txt', gb18030(seed)],
  crlf: ['txt', utf8(seed.replace(/\n/g, '\r\n'))],
  'cr-only': ['txt', utf8(seed.replace(/\n/g, '\r'))],
  'full-width-digits': ['txt', utf8(fullWidth)],
  nbsp: ['txt', utf8(nbsp)],
  empty: ['txt', new Uint8Array(0)],
  'binary-garbage': ['bin', garbage(2048)],
}

for (const [name, [ext, bytes]] of Object.entries(cases)) {
  mkdirSync(join(root, name), { recursive: true })
  writeFileSync(join(root, name, `input.${ext}`), bytes)
}
console.log(`wrote ${Object.keys(cases).length} fixtures to ${root}`)
