/**
 * The place-name index of this build (src/utils/search/name-index.ts), computed once and shared
 * by the search page (the number of bucket files) and the bucket endpoints. Made where the search
 * page is made: the whole site, or the national build of a sharded one (from light records).
 */
import { join } from 'node:path'
import { registryOf } from '../lib/index.ts'
import { divisionIndex } from '../lib/places/division.ts'
import { buildPlaceTree } from '../utils/place/place-tree.ts'
import { nameIndex, type NameIndex } from '../utils/search/name-index.ts'
import { readingsOf } from '../utils/search/pinyin-table.ts'
import { getYearPageReports } from './reports.ts'

let cache: Promise<NameIndex> | null = null

/** The name index of every report this build lists. */
export function getNameIndex(): Promise<NameIndex> {
  cache ??= getYearPageReports().then((entries) => {
    const aliases = registryOf(join(process.cwd(), 'content')).registry?.aliases ?? []
    const official = (code: string): string | null => divisionIndex().byCode.get(code)?.name ?? null
    return nameIndex(buildPlaceTree(entries.map((e) => e.record)), { aliases, official, readings: readingsOf })
  })
  return cache
}
