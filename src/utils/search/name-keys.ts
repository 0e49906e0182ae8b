/**
 * The keys of the place-name index (docs/search.md): how a township or county name, and what a
 * reader types, map to the small files the search page fetches (`search/names/<bucket>.json`).
 * Shared by the build (./name-index.ts) and the browser (src/client/search-names.ts), so both
 * compute the same keys; no dependency, no dictionary.
 *
 * - A name's **stem** is the name without its generic suffix (徐套乡 → 徐套, 中宁县 → 中宁,
 *   会战街道 → 会战). Readers swap 乡 and 镇, or leave the suffix out; the stem is what they mean.
 * - **Character keys**: each pair of adjacent characters of the stem (徐套 → `徐套`; 东白湖 →
 *   `东白`, `白湖`), or the whole name when its stem is a single character. Any query holding
 *   the stem, or one character of a 3-character stem off, shares a key with the name. Pairs of the
 *   suffix (`街道`, `山乡`) are never keys: a key of every 街道 would be a file of thousands.
 * - **Sound keys**: `py:` and the stem's pinyin without tones (凤山 → `py:fengshan`). A
 *   character off by sound (风山乡, the national list's spelling of 凤山乡) and a query in pinyin
 *   (`xutao`, `xutaoxiang`) find the name by it. The browser gets the pinyin of a Chinese query
 *   from a table of common characters (`search/names/pinyin.json`), fetched only when the
 *   character keys found nothing.
 * - A key goes to one of `buckets` files by a hash, so the files stay a few KB whatever the size
 *   of the corpus (the build picks the number of buckets).
 */

/** Generic suffixes of township- and county-level names, longest first. */
const SUFFIXES = [
  '街道办事处',
  '地区办事处',
  '民族乡',
  '民族镇',
  '办事处',
  '自治县',
  '自治旗',
  '街道',
  '苏木',
  '林区',
  '特区',
  '乡',
  '镇',
  '县',
  '市',
  '区',
  '旗',
]

/** The name without its generic suffix, if a stem of at least one character stays. */
export function stemOf(name: string): string {
  const text = name.trim()
  for (const suffix of SUFFIXES) if (text.endsWith(suffix) && text.length > suffix.length) return text.slice(0, -suffix.length)
  return text
}

/** Chinese characters (the CJK blocks place names use). */
const HAN = /\p{Script=Han}/u

/** The character keys of a name (see the module comment), each once. */
export function charKeys(name: string): string[] {
  const stem = [...stemOf(name)].filter((c) => HAN.test(c))
  if (stem.length < 2) {
    const whole = [...name.trim()].filter((c) => HAN.test(c))
    return whole.length >= 2 ? [whole.join('')] : []
  }
  const keys = new Set<string>()
  for (let i = 0; i + 1 < stem.length; i++) keys.add(stem[i]! + stem[i + 1]!)
  return [...keys]
}

/**
 * The character keys of a query: every pair of adjacent characters of each run of Chinese
 * characters, with and without the run's suffix (a query may hold a county and a township:
 * 中宁县徐套乡 → 中宁, 宁县, 县徐, 徐套, 套乡; every name it holds shares one of them), and each
 * run of one or two characters whole.
 */
export function queryCharKeys(query: string): string[] {
  const keys = new Set<string>()
  for (const run of query.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run]
    if (chars.length <= 2) keys.add(run)
    for (let i = 0; i + 1 < chars.length; i++) keys.add(chars[i]! + chars[i + 1]!)
  }
  return [...keys]
}

/** Pinyin of the generic suffixes, longest first, as readers type them after a name. */
const PINYIN_SUFFIXES = ['jiedaobanshichu', 'jiedao', 'banshichu', 'xiang', 'zhen', 'sumu', 'xian', 'shi', 'qu', 'qi']

/** `py:` + syllables: the sound key of a stem spelled with these syllables. */
export const soundKey = (syllables: readonly string[]): string => `py:${syllables.join('')}`

/**
 * The sound keys of a query typed in pinyin (letters, spaces and apostrophes only; tone marks
 * and numbers are dropped): the letters, and the letters without a trailing suffix (xutaoxiang
 * → `py:xutaoxiang`, `py:xutao`). None for a query of other text or under 2 letters.
 */
export function latinSoundKeys(query: string): string[] {
  const plain = query
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/ü|v/gu, 'v')
  if (!/^[a-z\s'’1-5]+$/u.test(plain)) return []
  const letters = plain.replace(/[^a-z]/gu, '')
  if (letters.length < 2) return []
  const keys = new Set([`py:${letters}`])
  for (const suffix of PINYIN_SUFFIXES)
    if (letters.endsWith(suffix) && letters.length - suffix.length >= 2) keys.add(`py:${letters.slice(0, -suffix.length)}`)
  return [...keys]
}

/** Which of `buckets` files holds `key`: FNV-1a over its UTF-16 code units. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % buckets
}

/** One place in a bucket file. */
export interface NamePlace {
  /** `township` or `county`. */
  level: 'township' | 'county'
  /** The name as the site shows it. */
  name: string
  /** Other spellings: the national list's, the registry's aliases, short forms. */
  spellings?: string[]
  /** The places above it, largest first (宁夏回族自治区 中卫市 中宁县). */
  context: string[]
  /** Site-relative path of its place page, without the base (`places/640521205000/`). */
  path: string
  /** Its reports, newest first: site-relative path, year (null when unknown) and title. */
  reports: Array<{ path: string; year: number | null; title: string }>
  /** Reports in all (a county's reports are not listed, only counted). */
  reportCount: number
}

/** The 12-digit code of a township's place page path (`places/640521205000/`), or null for a stand-in key. */
export function codeOfPlacePath(path: string): string | null {
  return /^places\/(\d{12})\/$/u.exec(path)?.[1] ?? null
}

/** A bucket file (`search/names/<n>.json`): its places, and per key the places it names. */
export interface NameBucket {
  places: NamePlace[]
  keys: Record<string, number[]>
}

/** What the search page needs to find the bucket files: their number. */
export interface NameIndexInfo {
  buckets: number
}
