/**
 * The bulk files of this build (data/bulk/, src/utils/data/bulk/), written once per build process
 * into a temporary folder by whichever route asks first: the partition endpoints hand each file to
 * Astro, manifest.json and the data page read the manifest. Writing them in one pass, before any
 * of them is served, is what lets the data page list sizes and the manifest carry checksums
 * without a second pass over the reports. Not a route (the leading underscore).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getReports } from '../../../data/reports.ts'
import { progressLine } from '../../../lib/index.ts'
import type { BulkFormat, BulkManifest } from '../../../utils/data/bulk/bulk-manifest.ts'
import { bulkSummaryLine } from '../../../utils/data/bulk/manifest-groups.ts'
import { writeBulkFiles } from '../../../utils/data/bulk/write-bulk-files.ts'
import { buildRole, rendersReports } from '../../../utils/build-role.ts'
import { mergedBulkManifest } from '../../../utils/shard/bulk-manifests.ts'

/** Where the files were written and their manifest. */
interface BulkFiles {
  dir: string
  manifest: BulkManifest
}

let written: Promise<BulkFiles> | null = null

/**
 * Write the bulk files of every report once (later calls share the first); removed when the process
 * exits. The national build of a sharded site writes none: the shards did, and its manifest lists theirs.
 */
export function getBulkFiles(): Promise<BulkFiles> {
  const role = buildRole()
  if (role.kind === 'national') {
    written ??= Promise.resolve({ dir: '', manifest: mergedBulkManifest(role.summaries) })
    return written
  }
  written ??= getReports().then(async (entries) => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-bulk-'))
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    const started = performance.now()
    const progress = progressLine('批量数据：写入报告', (line) => console.info(line))
    const manifest = await writeBulkFiles(
      entries.map((e) => e.record),
      dir,
      progress,
    )
    console.info(bulkSummaryLine(manifest, performance.now() - started))
    return { dir, manifest }
  })
  return written
}

/** The route parameters of every bulk file in one format (`64/2021/cells.parquet` → 64, 2021, cells). */
export async function bulkFileParams(format: BulkFormat): Promise<{ params: { province: string; year: string; table: string } }[]> {
  if (!rendersReports()) return []
  return (await getBulkFiles()).manifest.files
    .filter((f) => f.format === format)
    .map((f) => {
      const [province = '', year = ''] = f.path.split('/')
      return { params: { province, year, table: f.table } }
    })
}

/** Media types (Parquet's is registered with IANA as application/vnd.apache.parquet). */
const MEDIA_TYPES: Record<BulkFormat, string> = { 'csv.gz': 'application/gzip', parquet: 'application/vnd.apache.parquet' }

/** The response of one bulk file: its bytes as written. */
export async function bulkFileResponse(params: Record<string, string | undefined>, format: BulkFormat): Promise<Response> {
  const path = `${params.province}/${params.year}/${params.table}.${format}`
  const bytes = readFileSync(join((await getBulkFiles()).dir, path))
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': MEDIA_TYPES[format] } })
}
