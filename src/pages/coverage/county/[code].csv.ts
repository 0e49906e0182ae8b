/**
 * /coverage/county/<code>.csv: one county's matrix, a row per township-year (src/utils/coverage/coverage-csv.ts).
 * Made where report pages are made (whole site or the shard holding the county).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getCountyCoverage, type CountyCoverage } from '../../../data/coverage.ts'
import { cacheKey } from '../../../data/cache-key.ts'
import { countyCsv } from '../../../utils/coverage/coverage-csv.ts'
import { reportPath } from '../../../utils/paths.ts'

export const getStaticPaths = (async () =>
  (await getCountyCoverage()).map((c) => ({
    params: { code: c.group.key },
    props: { ...c },
    cacheKey: cacheKey(c.group, c.matrix),
  }))) satisfies GetStaticPaths

export const GET: APIRoute<CountyCoverage> = ({ props }) =>
  new Response(countyCsv(props.matrix, props.group, reportPath), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
