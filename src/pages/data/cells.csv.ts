/** /data/cells.csv: the tidy CSV of every table cell of every report (UTF-8 with BOM, CRLF). */
import type { APIRoute } from 'astro'
import { getReports } from '../../data/reports.ts'
import { cellsCsv } from '../../utils/data/cells-csv.ts'

export const GET: APIRoute = async () => {
  const records = (await getReports()).map((e) => e.record)
  return new Response(cellsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
