/** /data/reports.json: every record (the public data format) as one JSON array, in site order. */
import type { APIRoute } from 'astro'
import { getReports } from '../../data/reports.ts'

export const GET: APIRoute = async () => {
  const records = (await getReports()).map((e) => e.record)
  return new Response(JSON.stringify(records) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
