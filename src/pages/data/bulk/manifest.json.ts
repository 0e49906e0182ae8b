/** /data/bulk/manifest.json: every bulk file with its partition, rows, size and SHA-256, and totals. */
import type { APIRoute } from 'astro'
import { getBulkFiles } from './_bulk-files.ts'

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify((await getBulkFiles()).manifest, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
