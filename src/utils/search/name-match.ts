/**
 * Which places of the place-name index (./name-keys.ts) a query names, and which it nearly names.
 * Plain data in and out, so it is tested in Node; src/client/search-names.ts fetches the bucket
 * files and src/client/search.ts renders the answer.
 *
 * - **Named** (`exact`): the query is a township's or county's name or another spelling of it,
 *   or its stem (徐套), or the county and township written together (中宁县徐套乡, 东乡县凤山乡).
 * - **Mentioned**: the query holds such a name among other words (徐套乡 2021 行政处罚).
 * - **Suggested**: the query nearly names a place: the same stem with another suffix (徐套镇 for
 *   徐套乡), one character of the stem different (凤山乡 for 风山乡), or the same sound
 *   (a key `py:…` the query was looked up by, as pinyin or through the character table).
 */
import { oneCharApart } from '../../lib/places/one-char-apart.ts'
import { shortForms } from '../../lib/places/short-names.ts'
import { stemOf, type NamePlace } from './name-keys.ts'

export interface NameMatches {
  /** Places the query names, townships first, then counties; each once. */
  named: NamePlace[]
  /** Places the query holds among other words. */
  mentioned: NamePlace[]
  /** Places the query nearly names (only when it names none). */
  suggested: NamePlace[]
}

/** The query as names are compared: no spaces, quotes or punctuation. */
export function nameText(query: string): string {
  return query.replace(/[\s"'“”「」『』＂，,。.、·]/gu, '')
}

/** The names of a place: its own, its other spellings and, if distinct, its stem. */
function namesOf(place: NamePlace): string[] {
  const names = [place.name, ...(place.spellings ?? [])]
  const stems = names.map(stemOf).filter((stem) => stem.length >= 2)
  return [...new Set([...names, ...stems])]
}

/** The county of a township written the ways readers write it (中宁县, 东乡族自治县 → 东乡县). */
function countyNames(place: NamePlace): string[] {
  const county = place.level === 'township' ? place.context.at(-1) : undefined
  return county ? [county, ...shortForms(county)] : []
}

/** True when the query nearly names the place (see the module comment). */
function nearly(text: string, place: NamePlace): boolean {
  const stem = stemOf(text)
  for (const name of [place.name, ...(place.spellings ?? [])]) {
    const own = stemOf(name)
    if (own.length < 2) continue
    if (stem === own) return true
    if (stem.length >= 2 && oneCharApart(stem, own)) return true
    // The county written before a nearly right township name.
    for (const county of countyNames(place))
      if (text.startsWith(county) && (stemOf(text.slice(county.length)) === own || oneCharApart(stemOf(text.slice(county.length)), own)))
        return true
  }
  return false
}

const levelOrder = (p: NamePlace): number => (p.level === 'township' ? 0 : 1)

/**
 * What `query` names among `places` (the places of the fetched bucket files); `bySound` are the
 * places found by a sound key of the query, suggested when nothing is named.
 */
export function nameMatches(query: string, places: readonly NamePlace[], bySound: readonly NamePlace[] = []): NameMatches {
  const text = nameText(query)
  const unique = [...new Map([...places, ...bySound].map((p) => [p.path, p])).values()]
  const named: NamePlace[] = []
  const mentioned: NamePlace[] = []
  if (text.length >= 2)
    for (const place of unique) {
      const names = namesOf(place)
      const counties = countyNames(place)
      const full = [...names, ...counties.flatMap((county) => names.map((name) => county + name))]
      if (full.includes(text)) named.push(place)
      // Whole names only: a stem inside the query may be a near miss (徐套镇).
      else if ([place.name, ...(place.spellings ?? [])].some((name) => name.length >= 2 && text.includes(name))) mentioned.push(place)
    }
  // A township named with its county: the county itself is then only mentioned.
  const townships = named.filter((p) => p.level === 'township')
  const shown = named.filter((p) => p.level === 'township' || !townships.some((t) => t.context.includes(p.name)))
  const suggested =
    shown.length > 0 || text.length < 2
      ? []
      : unique.filter((p) => !mentioned.includes(p) && (nearly(text, p) || bySound.some((s) => s.path === p.path)))
  const order = (list: NamePlace[]): NamePlace[] => [...list].sort((a, b) => levelOrder(a) - levelOrder(b))
  return {
    named: order(shown),
    mentioned: order([...mentioned, ...named.filter((p) => !shown.includes(p))]),
    suggested: order(suggested),
  }
}

/** Most townships of one name whose reports are listed as the answer (城关镇 is in hundreds of counties). */
export const MAX_ANSWER_TOWNSHIPS = 5

/** What the search page shows from the place-name index for a query. */
export interface NameAnswer {
  /**
   * True when the query names townships (at most `MAX_ANSWER_TOWNSHIPS`) and their reports are
   * the answer: the full text is searched only when the reader asks.
   */
  answers: boolean
  /** Places to list above the results: named, then mentioned ones. */
  places: NamePlace[]
  /** Places to suggest (the query names none). */
  suggested: NamePlace[]
  /** Reports of the named townships. */
  reportCount: number
}

/** The answer of `matches`; with filters chosen or the full text asked for, the index never answers alone. */
export function nameAnswer(matches: NameMatches, options: { filtered: boolean; full: boolean }): NameAnswer {
  const townships = matches.named.filter((p) => p.level === 'township')
  const answers =
    !options.filtered &&
    !options.full &&
    townships.length > 0 &&
    townships.length <= MAX_ANSWER_TOWNSHIPS &&
    townships.length === matches.named.length
  return {
    answers,
    places: [...matches.named, ...matches.mentioned].slice(0, 2 * MAX_ANSWER_TOWNSHIPS),
    suggested: matches.suggested.slice(0, MAX_ANSWER_TOWNSHIPS),
    reportCount: townships.reduce((n, p) => n + p.reports.length, 0),
  }
}
