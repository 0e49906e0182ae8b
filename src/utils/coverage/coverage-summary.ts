/**
 * The coverage summaries above the counties: the whole site, each province and each prefecture,
 * with counts per status (overall and per year) and a row per place one level down. Every count
 * is a sum of county matrices (county-matrix.ts), so a summary and the matrices below it agree.
 * The national build computes them from light records; each county costs its own townships × years.
 */
import { countyGroups, type CountyGroup } from '../compare/compare-counties.ts'
import type { PlaceTree } from '../place/place-tree.ts'
import type { DeadlineRule } from '../report/deadline.ts'
import { countyMatrix, type CountyMatrix } from './county-matrix.ts'
import type { KnownTownship } from './known-townships.ts'
import { addCounts, noCounts, type StatusCounts } from './status-counts.ts'

/** The level of a summary or of one of its rows. */
export type ScopeLevel = 'nation' | 'province' | 'prefecture' | 'county'

/** One place of a summary: its counts, overall and by year. */
export interface ScopeTotals {
  level: ScopeLevel
  /** Place key (the county matrix's key for a county); '' for the nation. */
  key: string
  name: string
  counts: StatusCounts
  /** Years in order, each with its counts. */
  byYear: { year: number; counts: StatusCounts }[]
  /** Matrix rows below: townships with reports and townships of the division list. */
  townships: number
}

/** A summary page: its own totals, where it sits, and the places one level down. */
export interface CoverageScope extends ScopeTotals {
  /** The scopes above, nation first (for breadcrumbs). */
  trail: { key: string; name: string; level: ScopeLevel }[]
  rows: ScopeTotals[]
}

/** Totals with no counts yet. */
const totals = (level: ScopeLevel, key: string, name: string): ScopeTotals => ({
  level,
  key,
  name,
  counts: noCounts(),
  byYear: [],
  townships: 0,
})

/** Add a county's matrix into `into`. */
function absorb(into: ScopeTotals, matrix: CountyMatrix): void {
  addCounts(into.counts, matrix.counts)
  into.townships += matrix.rows.length
  for (const { year, counts } of matrix.byYear) {
    let slot = into.byYear.find((y) => y.year === year)
    if (!slot) into.byYear.push((slot = { year, counts: noCounts() }))
    addCounts(slot.counts, counts)
  }
  into.byYear.sort((a, b) => a.year - b.year)
}

/** Every summary scope of `tree` (nation first, then provinces and their prefectures in tree order), and each county's totals. */
export function coverageSummary(
  tree: PlaceTree,
  known: (countyKey: string) => readonly KnownTownship[],
  rule: DeadlineRule,
): { scopes: CoverageScope[]; counties: (ScopeTotals & { group: CountyGroup })[] } {
  const nation: CoverageScope = { ...totals('nation', '', '全国'), trail: [], rows: [] }
  const scopes = new Map<string, CoverageScope>()
  const scopeOf = (level: 'province' | 'prefecture', key: string, name: string, parent: CoverageScope): CoverageScope => {
    let scope = scopes.get(key)
    if (!scope) {
      const trail = [...parent.trail, { key: parent.key, name: parent.name, level: parent.level }]
      scopes.set(key, (scope = { ...totals(level, key, name), trail, rows: [] }))
      parent.rows.push(scope)
    }
    return scope
  }
  const counties = countyGroups(tree).map((group) => {
    const matrix = countyMatrix(group, known(group.key), rule)
    const county = { ...totals('county', group.key, group.name), group }
    absorb(county, matrix)
    const province = scopeOf('province', group.province.key, group.province.name, nation)
    const prefecture = group.prefecture ? scopeOf('prefecture', group.prefecture.key, group.prefecture.name, province) : null
    ;(prefecture ?? province).rows.push(county)
    for (const scope of [nation, province, prefecture]) if (scope) absorb(scope, matrix)
    return county
  })
  // Rows hold their own totals, not the scope objects with their rows (pages stay one level deep).
  const flat = (scope: CoverageScope): CoverageScope => ({
    ...scope,
    rows: scope.rows.map(({ level, key, name, counts, byYear, townships }) => ({ level, key, name, counts, byYear, townships })),
  })
  return { scopes: [nation, ...scopes.values()].map(flat), counties }
}
