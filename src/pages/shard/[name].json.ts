/**
 * A shard build's summary for the national build (docs/shards.md): `shard/summary.json`, the
 * light record of each of the shard's reports. Written only when building a shard; the shard
 * runner moves it out of the published site.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getReports } from '../../data/reports.ts'
import { buildRole } from '../../utils/build-role.ts'
import { shardSummary, shardSummaryText } from '../../utils/shard/shard-summary.ts'

export const getStaticPaths = (() => (buildRole().kind === 'shard' ? [{ params: { name: 'summary' } }] : [])) satisfies GetStaticPaths

export const GET: APIRoute = async () => {
  const role = buildRole()
  const name = role.kind === 'shard' ? role.name : ''
  const records = (await getReports()).map((e) => e.record)
  return new Response(shardSummaryText(shardSummary(name, records)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
