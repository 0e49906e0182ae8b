/**
 * One report's tables as an Excel-friendly wide CSV (UTF-8 with BOM): /data/tables/<id>.csv, one
 * row per table row with Chinese headers (wide-csv.ts). Keyed like the report page: it reads only
 * its record.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { cacheKey } from '../../../data/cache-key.ts'
import { getReportPages } from '../../../data/reports.ts'
import { wideCsv } from '../../../utils/data/wide-csv.ts'
import type { ReportRecord } from '../../../lib/types.ts'

export const getStaticPaths = (async () =>
  (await getReportPages()).map(({ record }) => ({
    params: { id: record.id },
    props: { record },
    cacheKey: cacheKey(record),
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ record: ReportRecord }> = ({ props }) =>
  new Response(wideCsv(props.record), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
