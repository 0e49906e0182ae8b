/**
 * Worker thread of the search index (./pagefind.ts, through ./worker-pool.ts): reads one report
 * record written by the build (`<site>/data/reports/<id>.json`) and answers with the URL of its
 * page and the document Pagefind indexes for it (src/utils/search/search-document.ts). Segmenting
 * the text is most of the work, so several of these run at once, one per core.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { divisionIndex } from '../lib/places/division.ts'
import type { PlaceAlias } from '../lib/places/types.ts'
import type { ReportRecord } from '../lib/types.ts'
import { searchDocument } from '../utils/search/search-document.ts'
import type { WorkerReply } from './worker-pool.ts'

/** What every task of this worker shares. */
export interface DocumentWorkerData {
  /** Marks the data of this worker (a module imported elsewhere must not answer messages). */
  role: 'search-document'
  /** The built site (Astro's outDir). */
  site: string
  aliases: readonly PlaceAlias[]
}

/** One task: a record file, relative to the site (`data/reports/<id>.json`). */
export interface DocumentTask {
  file: string
}

export interface DocumentOutput {
  /** The page's URL without the site's base (`/reports/<id>/`); the search page adds the base. */
  url: string
  content: string
  /** Bytes of the record file read. */
  recordBytes: number
  /** Milliseconds spent reading the record and writing its document. */
  ms: number
}

/** The national list's name for a township code (the list loads on first use, once per worker). */
function official(code: string): string | null {
  return divisionIndex().byCode.get(code)?.name ?? null
}

/** The document of one record file; throws when the record does not match its page. */
export function documentOf(site: string, aliases: readonly PlaceAlias[], file: string): DocumentOutput {
  const started = performance.now()
  const json = readFileSync(path.join(site, file), 'utf8')
  const record = JSON.parse(json) as ReportRecord
  if (`${record.id}.json` !== path.basename(file)) throw new Error(`${file}: holds the record ${record.id}`)
  const page = path.join('reports', record.id, 'index.html')
  if (!existsSync(path.join(site, page))) throw new Error(`${file}: the report page ${page} is missing`)
  const content = searchDocument(record, { aliases, official })
  return {
    url: `/reports/${encodeURIComponent(record.id)}/`,
    content,
    recordBytes: Buffer.byteLength(json),
    ms: performance.now() - started,
  }
}

const data = workerData as Partial<DocumentWorkerData> | null
if (parentPort && data?.role === 'search-document') {
  const port = parentPort
  const { site = '', aliases = [] } = data
  port.on('message', ({ seq, input }: { seq: number; input: DocumentTask }) => {
    let reply: WorkerReply<DocumentOutput>
    try {
      reply = { seq, output: documentOf(site, aliases, input.file) }
    } catch (error) {
      reply = { seq, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(reply)
  })
}
