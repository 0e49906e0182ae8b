/**
 * Variant spellings: a report's name that differs from a listed name of the same
 * county in exactly one character (凤山乡/风山乡, 郭楞/郭愣, or 乡 → 镇 after a change).
 * When several names of the county qualify, the one whose differing character sounds
 * alike is taken, judged by distance in pinyin collation order (ICU zh-u-co-pinyin,
 * built into Node: characters of one syllable, 凤 fèng and 风 fēng, sort together).
 */
import { divisionIndex } from './division.ts'
import type { Township } from './types.ts'
import type { PlaceView } from './view.ts'
import { oneCharApart } from './one-char-apart.ts'

export { oneCharApart } from './one-char-apart.ts'

/** Listed townships within `scopes` (county or prefecture codes) one character apart from `name`. */
export function variantsIn(name: string, scopes: string[], view: PlaceView): Township[] {
  if ([...name].length < 3) return []
  const found = new Map<string, Township>()
  for (const scope of scopes) {
    for (const t of view.inScope(scope)) if (oneCharApart(name, t.name)) found.set(t.code, t)
  }
  return [...found.values()]
}

/** Distance (in characters of township names) still read as "sounds alike". */
export const NEAR = 24

let order: { collator: Intl.Collator; chars: string[] } | null | undefined

/** The characters of all township names in pinyin order; null when Node lacks pinyin collation. */
function pinyinOrder(): { collator: Intl.Collator; chars: string[] } | null {
  if (order !== undefined) return order
  const collator = new Intl.Collator('zh-u-co-pinyin')
  // 阿 (a) < 波 (bo) < 吃 (chi) holds in pinyin order but not in code-point or radical order.
  if (!(collator.compare('阿', '波') < 0 && collator.compare('波', '吃') < 0)) return (order = null)
  const chars = new Set<string>()
  for (const t of divisionIndex().townships) for (const ch of t.name) if (/\p{Script=Han}/u.test(ch)) chars.add(ch)
  return (order = { collator, chars: [...chars].sort(collator.compare) })
}

/** Position where `ch` sorts among the ordered characters. */
function positionOf(ch: string, chars: string[], collator: Intl.Collator): number {
  let lo = 0
  let hi = chars.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (collator.compare(chars[mid]!, ch) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How far apart two characters sort in pinyin order; null when unknown. */
export function soundDistance(a: string, b: string): number | null {
  const o = pinyinOrder()
  if (!o || !/\p{Script=Han}/u.test(a) || !/\p{Script=Han}/u.test(b)) return null
  return Math.abs(positionOf(a, o.chars, o.collator) - positionOf(b, o.chars, o.collator))
}

/** The one differing character pair of two same-length names, or null. */
export function differingPair(a: string, b: string): [string, string] | null {
  const x = [...a]
  const y = [...b]
  const at = x.findIndex((ch, i) => ch !== y[i])
  return at >= 0 && x.length === y.length ? [x[at]!, y[at]!] : null
}

/** Of several variant names, the only one that sounds like `name`; null when none or several do. */
export function soundsAlike<T>(name: string, items: T[], nameOf: (item: T) => string): T | null {
  const near = items.filter((item) => {
    const pair = differingPair(name, nameOf(item))
    const d = pair ? soundDistance(pair[0], pair[1]) : null
    return d !== null && d <= NEAR
  })
  return near.length === 1 ? near[0]! : null
}
