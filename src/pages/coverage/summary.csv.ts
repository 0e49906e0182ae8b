/**
 * /coverage/summary.csv: counts per status for the nation, each province, prefecture and county,
 * overall and per year (src/utils/coverage/coverage-csv.ts). National pages: whole site or national build.
 */
import type { APIRoute } from 'astro'
import { getCoverageSummary } from '../../data/coverage.ts'
import { summaryCsv } from '../../utils/coverage/coverage-csv.ts'

export const GET: APIRoute = async () => {
  const { scopes, counties } = await getCoverageSummary()
  return new Response(summaryCsv(scopes, counties), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
