/**
 * /data/compare/places.json: the first level of the compare picker's place index (provinces,
 * prefectures, counties; src/utils/compare/compare-place-index.ts).
 */
import type { APIRoute } from 'astro'
import { getReports } from '../../../data/reports.ts'
import { countyGroups } from '../../../utils/compare/compare-counties.ts'
import { placeIndex } from '../../../utils/compare/compare-place-index.ts'
import { buildPlaceTree } from '../../../utils/place/place-tree.ts'

export const GET: APIRoute = async () => {
  const groups = countyGroups(buildPlaceTree((await getReports()).map((e) => e.record)))
  return new Response(JSON.stringify(placeIndex(groups)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
