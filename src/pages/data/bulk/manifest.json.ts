/** /data/bulk/manifest.json: every bulk file with its partition, rows, size and SHA-256, and totals. */
import type { APIRoute } from 'astro'
import { bulkManifestText } from '../../../utils/data/bulk/bulk-manifest.ts'
import { getBulkFiles } from './_bulk-files.ts'

export const GET: APIRoute = async () =>
  new Response(bulkManifestText((await getBulkFiles()).manifest), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
