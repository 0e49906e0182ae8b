/** One report's record as pretty JSON: /data/reports/<id>.json. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { cacheKey } from '../../../data/cache-key.ts'
import { getReportPages } from '../../../data/reports.ts'
import type { ReportRecord } from '../../../lib/types.ts'

export const getStaticPaths = (async () =>
  (await getReportPages()).map(({ record }) => ({
    params: { id: record.id },
    props: { record },
    cacheKey: cacheKey(record),
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ record: ReportRecord }> = ({ props }) =>
  new Response(`${JSON.stringify(props.record)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
