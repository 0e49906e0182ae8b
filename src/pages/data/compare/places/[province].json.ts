/**
 * /data/compare/places/<province>.json: the townships of one province for the compare picker,
 * by county, with keys, names and years (src/utils/compare/compare-place-index.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getReports } from '../../../../data/reports.ts'
import { countyGroups } from '../../../../utils/compare/compare-counties.ts'
import { provinceTownships, type ProvinceTownships } from '../../../../utils/compare/compare-place-index.ts'
import { buildPlaceTree } from '../../../../utils/place/place-tree.ts'

export const getStaticPaths = (async () => {
  const groups = countyGroups(buildPlaceTree((await getReports()).map((e) => e.record)))
  return [...provinceTownships(groups)].map(([province, file]) => ({ params: { province }, props: { file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ file: ProvinceTownships }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
