/**
 * /data/compare/places/<province>.json, or /data/compare/places/<province>/<prefecture>.json
 * for a province listed per prefecture: the townships of one list for the compare picker, by
 * county, with keys, names, years and other spellings (src/utils/compare/compare-place-index.ts).
 */
import { join } from 'node:path'
import type { APIRoute, GetStaticPaths } from 'astro'
import { getReports } from '../../../../data/reports.ts'
import { registryOf } from '../../../../lib/index.ts'
import { emptyRegistry } from '../../../../lib/places/types.ts'
import { countyGroups } from '../../../../utils/compare/compare-counties.ts'
import { townshipLists, type TownshipList } from '../../../../utils/compare/compare-place-index.ts'
import { treeSpellings } from '../../../../utils/compare/compare-spellings.ts'
import { buildPlaceTree } from '../../../../utils/place/place-tree.ts'

export const getStaticPaths = (async () => {
  const groups = countyGroups(buildPlaceTree((await getReports()).map((e) => e.record)))
  const registry = registryOf(join(process.cwd(), 'content')).registry ?? emptyRegistry()
  return [...townshipLists(groups, treeSpellings(registry))].map(([list, file]) => ({ params: { list }, props: { file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ file: TownshipList }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
