/** One report's quality card as CSV (UTF-8 with BOM): /data/quality/<id>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getReportPages } from '../../../data/reports.ts'
import type { ReportRecord } from '../../../lib/types.ts'
import { qualityCsv } from '../../../utils/data/quality-csv.ts'

export const getStaticPaths = (async () =>
  (await getReportPages()).map(({ record }) => ({ params: { id: record.id }, props: { record } }))) satisfies GetStaticPaths

export const GET: APIRoute<{ record: ReportRecord }> = ({ props }) =>
  new Response(qualityCsv(props.record), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
