/**
 * Worker thread of the search index (./pagefind.ts, through ./worker-pool.ts): reads one report
 * record (the file the build writes, `<site>/data/reports/<id>.json`, or the loader's record file
 * that page is rendered from) and answers with the URL of its page and the document Pagefind
 * indexes for it (src/utils/search/search-document.ts). Segmenting the text is most of the work.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { divisionIndex } from '../lib/places/division.ts'
import type { PlaceAlias } from '../lib/places/types.ts'
import type { ReportRecord } from '../lib/types.ts'
import { searchDocument } from '../utils/search/search-document.ts'
import { answerTasks } from './worker-pool.ts'

/** What every task of this worker shares. */
export interface DocumentWorkerData {
  /** Marks the data of this worker (a module imported elsewhere must not answer messages). */
  role: 'search-document'
  /** The built site (Astro's outDir) whose report pages must exist; null while the pages are still being rendered. */
  pages: string | null
  aliases: readonly PlaceAlias[]
}

/** One task: a record file (absolute path) and the id of the report it must hold. */
export interface DocumentTask {
  file: string
  id: string
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

/**
 * The document of the record file of `task`; throws when the file holds another report, or when
 * `pages` is a site without the report's page.
 */
export function documentOf(task: DocumentTask, aliases: readonly PlaceAlias[], pages: string | null): DocumentOutput {
  const started = performance.now()
  const { file } = task
  const json = readFileSync(file, 'utf8')
  const record = JSON.parse(json) as ReportRecord
  if (record.id !== task.id) throw new Error(`${file}: holds the record ${record.id}, not ${task.id}`)
  const page = path.join('reports', record.id, 'index.html')
  if (pages !== null && !existsSync(path.join(pages, page))) throw new Error(`${file}: the report page ${page} is missing`)
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
  const { pages = null, aliases = [] } = data
  answerTasks<DocumentTask, DocumentOutput>(parentPort, (input) => documentOf(input, aliases, pages))
}
