/**
 * Pinyin of Chinese characters, for the sound keys of the place-name index (./name-keys.ts):
 * the build reads every reading of a name's characters from pinyin-pro; the browser gets a
 * table of each common character's first reading (`search/names/pinyin.json`), so a query with
 * a character off by sound (风山乡 for 凤山乡) reaches the same key. The table covers the 3,755
 * characters of GB 2312 level 1 (the common ones) and every character of the indexed names.
 */
import { pinyin } from 'pinyin-pro'
import type { Readings } from './name-index.ts'

const cache = new Map<string, readonly string[]>()

/** Every toneless reading of `char`, most common first; none for anything but a Chinese character. */
export const readingsOf: Readings = (char) => {
  let found = cache.get(char)
  if (!found) {
    const list = /^\p{Script=Han}$/u.test(char) ? pinyin(char, { multiple: true, toneType: 'none', type: 'array' }) : []
    found = [...new Set(list.map((s) => s.replace(/ü/gu, 'v')).filter((s) => /^[a-z]+$/u.test(s)))]
    cache.set(char, found)
  }
  return found
}

/** The 3,755 characters of GB 2312 level 1 (rows 16–55), in the standard's order (by pinyin). */
export function commonCharacters(): string[] {
  const decoder = new TextDecoder('gb2312')
  const chars: string[] = []
  for (let row = 0xb0; row <= 0xd7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break
      chars.push(decoder.decode(new Uint8Array([row, cell])))
    }
  return chars
}

/** The browser's table: syllable → the characters whose first reading it is, in code point order. */
export type PinyinTable = Record<string, string>

/** The table for the common characters and `extra` (the characters of the indexed names). */
export function pinyinTable(extra: Iterable<string> = []): PinyinTable {
  const chars = new Set(commonCharacters())
  for (const text of extra) for (const c of text) if (/^\p{Script=Han}$/u.test(c)) chars.add(c)
  const bySyllable = new Map<string, string[]>()
  for (const char of [...chars].sort()) {
    const first = readingsOf(char)[0]
    if (!first) continue
    const list = bySyllable.get(first) ?? []
    list.push(char)
    bySyllable.set(first, list)
  }
  return Object.fromEntries([...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, list]) => [s, list.join('')]))
}
