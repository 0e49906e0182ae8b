/**
 * /data/compare/<county>.json: the compare page's figures for the townships of one county
 * (src/utils/compare/compare-counties.ts; format: compare-county-file.ts), fetched by the
 * browser only when one of them is chosen. Made by the shard holding the county (full records),
 * never by the national build of a sharded site (light records).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { cacheKey } from '../../../data/cache-key.ts'
import { getReportPages } from '../../../data/reports.ts'
import type { ReportRecord } from '../../../lib/types.ts'
import { countyGroups, groupRecords } from '../../../utils/compare/compare-counties.ts'
import { countyFile } from '../../../utils/compare/compare-county-file.ts'
import { compareData } from '../../../utils/compare/compare-data.ts'
import { buildPlaceTree } from '../../../utils/place/place-tree.ts'

export const getStaticPaths = (async () => {
  const tree = buildPlaceTree((await getReportPages()).map((e) => e.record))
  return countyGroups(tree).map((g) => {
    const records = groupRecords(g)
    return { params: { county: g.key }, props: { records }, cacheKey: cacheKey(records) }
  })
}) satisfies GetStaticPaths

export const GET: APIRoute<{ records: ReportRecord[] }> = ({ props }) =>
  new Response(JSON.stringify(countyFile(compareData(props.records))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
