/**
 * The names a report's place is searched by: the organ, the province, prefecture, county and
 * township as the record has them, the short forms people write for autonomous units
 * (东乡族自治县 → 东乡县, 宁夏回族自治区 → 宁夏), and other spellings of the township: the
 * national list's own (风山乡 for 凤山乡) and the aliases content/places.yaml registers.
 */
import { shortForms } from '../../lib/places/short-names.ts'
import type { PlaceAlias } from '../../lib/places/types.ts'
import type { OrganRecord } from '../../lib/types.ts'

/**
 * Other spellings of the organ's township: `official` (the national list's name for its code,
 * when known) and every registry alias that names this township, by code or by name within its
 * county. The township's own spelling is left out.
 */
export function townshipSpellings(
  organ: Pick<OrganRecord, 'township' | 'county' | 'code'>,
  aliases: readonly PlaceAlias[],
  official: string | null = null,
): string[] {
  const township = organ.township
  const found = new Set<string>()
  if (official) found.add(official)
  for (const entry of aliases) {
    const byCode = entry.code !== undefined && entry.code === organ.code
    const byName =
      entry.code === undefined &&
      township !== null &&
      (entry.alias === township || entry.name === township) &&
      (entry.county === undefined || entry.county === organ.county)
    if (byCode || byName) {
      found.add(entry.alias)
      found.add(entry.name)
    }
  }
  if (township) found.delete(township)
  return [...found]
}

/**
 * The names of the organ and its place, each once, in this order: organ, province, prefecture,
 * county, township, the short forms of the first three, the county and township written together
 * (兴国县长冈乡, also with the county's short forms), then `spellings` of the township.
 *
 * The joined name matters when the organ's own name leaves out its county (长冈乡人民政府): a
 * reader typing 兴国县长冈乡 has it cut by the word splitter across the join (兴国|县长|冈|乡),
 * which the county and township as separate names never match as a phrase.
 */
export function placeNames(organ: OrganRecord, spellings: readonly string[] = []): string[] {
  const levels = [organ.province, organ.prefecture, organ.county]
  const counties = organ.county ? [organ.county, ...shortForms(organ.county)] : []
  const joined = organ.township ? counties.map((county) => `${county}${organ.township}`).filter((name) => !organ.name?.includes(name)) : []
  const names = [
    organ.name,
    ...levels,
    organ.township,
    ...levels.flatMap((name) => (name ? shortForms(name) : [])),
    ...joined,
    ...spellings,
  ]
  return [...new Set(names.filter((name): name is string => Boolean(name)))]
}
