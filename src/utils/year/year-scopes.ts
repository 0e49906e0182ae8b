/**
 * A large year split into pages that stay small: the year page lists its reports when there are
 * at most `limit`, else it summarises its provinces, each of which lists its reports or
 * summarises its prefectures, and so on down to counties (which always list theirs). So no
 * year page grows with the corpus beyond its own place. Scopes follow the place tree
 * (src/utils/place/place-tree.ts), keyed like the place pages.
 */
import type { ReportRecord } from '../../lib/types.ts'
import { buildPlaceTree, type PlaceNode } from '../place/place-tree.ts'
import { yearPath } from '../paths.ts'

/**
 * Reports one year page lists at most before it is split by place: a row is about 2 KB of HTML,
 * so a listing page stays under the 200 KB page budget of issue 9 (a county always lists its own).
 */
export const yearPageLimit = 80

/** A part of a year below the one shown. */
export interface YearPart {
  key: string
  name: string
  reports: number
  townships: number
  href: string
}

/** One page of a year: the whole year (`key` null) or one place of it. */
export interface YearScope {
  year: number
  key: string | null
  /** 全国 for the whole year, else the place's name. */
  name: string
  /** The pages above this one, the whole year first. */
  trail: { name: string; href: string }[]
  /** The reports listed on this page, or null when the page summarises `parts` instead. */
  reports: ReportRecord[] | null
  parts: YearPart[]
  /** Every report of this scope (listed or not), for counts and the distribution chart. */
  all: ReportRecord[]
}

/** Every page of `year`: the whole year first, then each place a split page links to. */
export function yearScopes(records: readonly ReportRecord[], year: number, limit = yearPageLimit): YearScope[] {
  const inYear = records.filter((r) => r.year === year)
  const tree = buildPlaceTree(inYear)
  const pages: YearScope[] = []
  const under = (node: PlaceNode): ReportRecord[] => (node.level === 'township' ? node.reports : node.children.flatMap(under))
  const visit = (
    key: string | null,
    name: string,
    all: ReportRecord[],
    children: PlaceNode[],
    trail: YearScope['trail'],
    county: boolean,
  ): void => {
    const listed = all.length <= limit || county || children.every((c) => c.level === 'township')
    const parts = listed
      ? []
      : children.map((c) => ({ key: c.key, name: c.name, reports: c.reportCount, townships: c.townshipCount, href: yearPath(year, c.key) }))
    pages.push({ year, key, name, trail, reports: listed ? all : null, parts, all })
    if (listed) return
    const here = [...trail, { name, href: yearPath(year, key ?? undefined) }]
    for (const child of children) visit(child.key, child.name, under(child), child.children, here, child.level === 'county')
  }
  visit(null, '全国', inYear, tree.provinces, [], false)
  return pages
}
