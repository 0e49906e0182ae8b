/**
 * /quality/data/index.json: the index of the findings files (src/utils/quality/findings-index.ts):
 * the checks' titles, each province's places and, per year, its reports and findings per check.
 * National pages (whole site or national build, from light records).
 */
import type { APIRoute } from 'astro'
import { getQualityOverview } from '../../../data/quality.ts'

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getQualityOverview()).index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
