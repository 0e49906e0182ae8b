/**
 * One report's table cells as a long CSV for programs (UTF-8 with BOM): /data/reports/<id>.csv,
 * one row per cell; the report's place, year and file are in its JSON record (cells-csv.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { cacheKey } from '../../../data/cache-key.ts'
import { getReportPages } from '../../../data/reports.ts'
import { reportCellsCsv } from '../../../utils/data/cells-csv.ts'
import type { ReportRecord } from '../../../lib/types.ts'

export const getStaticPaths = (async () =>
  (await getReportPages()).map(({ record }) => ({
    params: { id: record.id },
    props: { record },
    cacheKey: cacheKey(record),
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ record: ReportRecord }> = ({ props }) =>
  new Response(reportCellsCsv(props.record), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
