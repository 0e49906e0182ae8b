/**
 * Index of province, prefecture and county names (full and short forms), used to
 * read the administrative prefix of an organ name and to find context in a text.
 */
import { divisionIndex, type AdminUnit } from './division.ts'
import { shortForms } from './short-names.ts'
import type { AdminLevel, Mention } from './types.ts'

/** Lookup tables of administrative names. */
export interface AdminNames {
  /** Every name (full or short) → the mentions it may be, one per level. */
  byName: Map<string, Mention[]>
  /** Names safe to look for in running text (3+ characters, not everyday words). */
  textSafe: Set<string>
  /** Last characters of text-safe names. */
  endChars: Set<string>
  /** Last two characters of text-safe names → their lengths, longest first (for scanning text). */
  endPairs: Map<string, number[]>
  maxLength: number
}

let cached: AdminNames | null = null
/** A character class of the last characters of text-safe names, built on first scan. */
let endPattern: RegExp | null = null

/** County names that are also everyday words (新城区, 城东区 …): read in organ names, not in running text. */
const EVERYDAY = new Set([
  '新城区',
  '老城区',
  '新市区',
  '市中区',
  '市南区',
  '市北区',
  '城中区',
  '城东区',
  '城西区',
  '城北区',
  '城关区',
  '城厢区',
])

/** Record `unit` under `name` at `level`. */
function add(byName: Map<string, Mention[]>, name: string, level: AdminLevel, unit: AdminUnit): void {
  const list = byName.get(name) ?? []
  const same = list.find((m) => m.level === level)
  if (same) same.codes.push(unit.code)
  else list.push({ text: name, level, codes: [unit.code] })
  byName.set(name, list)
}

/** Build the tables from the national list. */
function build(): AdminNames {
  const d = divisionIndex()
  const byName = new Map<string, Mention[]>()
  const levels: Array<[AdminLevel, AdminUnit[]]> = [
    ['province', d.provinces],
    ['prefecture', d.prefectures],
    ['county', d.counties],
  ]
  for (const [level, units] of levels) {
    for (const unit of units) {
      for (const name of [unit.name, ...shortForms(unit.name)]) add(byName, name, level, unit)
    }
  }
  const textSafe = new Set([...byName.keys()].filter((n) => n.length >= 3 && !EVERYDAY.has(n)))
  const endChars = new Set([...textSafe].map((n) => n[n.length - 1]!))
  const endPairs = new Map<string, number[]>()
  for (const n of textSafe) {
    const lengths = endPairs.get(n.slice(-2)) ?? []
    if (!lengths.includes(n.length)) lengths.push(n.length)
    endPairs.set(n.slice(-2), lengths)
  }
  for (const lengths of endPairs.values()) lengths.sort((a, b) => b - a)
  const maxLength = Math.max(...[...byName.keys()].map((n) => n.length))
  return { byName, textSafe, endChars, endPairs, maxLength }
}

/** The administrative name tables, built once. */
export function adminNames(): AdminNames {
  cached ??= build()
  return cached
}

/** Mentions a name may denote (empty when it is no administrative name). */
export function mentionsOf(name: string, level?: AdminLevel): Mention[] {
  const found = adminNames().byName.get(name) ?? []
  return level ? found.filter((m) => m.level === level) : found
}

/** Words that may precede a place in an organ name without being one. */
const IGNORABLE = ['中国共产党', '中共']

/**
 * Read `head` as a sequence of administrative names from its start.
 * Returns, for every position the sequence can reach, the mentions read up to it.
 */
export function readAdminPrefix(head: string): Map<number, Mention[]> {
  const { byName, maxLength } = adminNames()
  const reach = new Map<number, Mention[]>([[0, []]])
  for (let i = 0; i < head.length; i++) {
    const before = reach.get(i)
    if (!before) continue
    for (let len = 2; len <= maxLength && i + len <= head.length; len++) {
      const word = head.slice(i, i + len)
      const found = byName.get(word)
      const next = found ? [...before, ...found] : IGNORABLE.includes(word) ? before : null
      if (next && !reach.has(i + len)) reach.set(i + len, next)
    }
  }
  return reach
}

/** Administrative names occurring in running text: longest match, no overlaps, each name once. */
export function scanAdminMentions(text: string): Mention[] {
  const { byName, textSafe, endChars, endPairs } = adminNames()
  endPattern ??= new RegExp(`[${[...endChars].join('')}]`, 'g')
  // Where names can end (a native regex scan), visited from the end of the text backwards.
  const ends: number[] = []
  endPattern.lastIndex = 0
  for (let m = endPattern.exec(text); m; m = endPattern.exec(text)) ends.push(m.index + 1)
  const seen = new Map<string, Mention[]>()
  let boundary = text.length
  for (let i = ends.length - 1; i >= 0; i--) {
    const end = ends[i]!
    if (end < 3 || end > boundary) continue
    const lengths = endPairs.get(text.slice(end - 2, end))
    if (!lengths) continue
    for (const len of lengths) {
      if (len > end) continue
      const word = text.slice(end - len, end)
      if (!textSafe.has(word)) continue
      if (!seen.has(word)) seen.set(word, byName.get(word)!)
      boundary = end - len
      break
    }
  }
  return [...seen.values()].flat()
}
