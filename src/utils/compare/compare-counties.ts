/**
 * The compare page's data files: one per county, holding the figures of that county's
 * townships (compare-data.ts), so the browser fetches only the counties of the townships it
 * shows. Counties follow the place tree (src/utils/place/place-tree.ts):
 * - a township with a 12-digit code is in the file of its 6-digit county code, so a shared URL
 *   names its files without any index (`countyKeyOfCode`);
 * - a township without a code is in the file of its parent in the tree: its county (coded, or an
 *   `x-county-…` stand-in), or, when the report names no county, its prefecture or province. Such
 *   a file is named 县级不详 in the place index, which also maps these townships to their files.
 */
import type { ReportRecord } from '../../lib/types.ts'
import type { PlaceNode, PlaceTree } from '../place/place-tree.ts'

/** The name of a file whose townships have no known county. */
export const UNKNOWN_COUNTY = '县级不详'

/** One data file: the townships of one county (or of a place whose county is unknown). */
export interface CountyGroup {
  /** File key: a 6-digit county code, or the tree key of the place the townships hang under. */
  key: string
  name: string
  province: PlaceNode
  /** The prefecture above the county, or null when the county sits directly under its province. */
  prefecture: PlaceNode | null
  /** Townships in tree order. */
  townships: PlaceNode[]
}

/** The file key of a township key that is a 12-digit code (its county code), else null. */
export function countyKeyOfCode(key: string): string | null {
  return /^\d{12}$/.test(key) ? key.slice(0, 6) : null
}

/** The file key of a township node. */
function countyKeyOf(township: PlaceNode): string {
  return (township.code && countyKeyOfCode(township.code)) ?? township.parentKey!
}

/** The nearest node at or above `node` whose level is `level`, or null. */
function ancestor(tree: PlaceTree, node: PlaceNode, level: PlaceNode['level']): PlaceNode | null {
  for (let n: PlaceNode | undefined = node; n; n = n.parentKey ? tree.byKey.get(n.parentKey) : undefined) {
    if (n.level === level) return n
  }
  return null
}

/** Every data file of the tree, in tree order, each with its townships. */
export function countyGroups(tree: PlaceTree): CountyGroup[] {
  const groups = new Map<string, CountyGroup>()
  const walk = (node: PlaceNode): void => {
    if (node.level !== 'township') return node.children.forEach(walk)
    const key = countyKeyOf(node)
    let group = groups.get(key)
    if (!group) {
      const county = tree.byKey.get(key)
      group = {
        key,
        name: county?.level === 'county' ? county.name : UNKNOWN_COUNTY,
        province: ancestor(tree, node, 'province')!,
        prefecture: ancestor(tree, node, 'prefecture'),
        townships: [],
      }
      groups.set(key, group)
    }
    group.townships.push(node)
  }
  tree.provinces.forEach(walk)
  return [...groups.values()]
}

/** The records of one data file. */
export function groupRecords(group: CountyGroup): ReportRecord[] {
  return group.townships.flatMap((t) => t.reports)
}
