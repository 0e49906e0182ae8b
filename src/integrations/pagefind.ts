/**
 * Builds the Pagefind search index during `astro build` (beside the pages: see below), into
 * `<outDir>/pagefind/` (served as `/pagefind/pagefind.js` etc.).
 *
 * Only report pages are indexed, and not from their HTML: each report's record, which the
 * build writes as `<outDir>/data/reports/<id>.json`, becomes a small document for Pagefind
 * (src/utils/search/search-document.ts): the title, organ and place names, each table row as a
 * phrase, the report's own paragraphs under their headings, the filters, all with the Chinese
 * text pre-split into words the way the browser splits queries. Documents are handed to
 * Pagefind in file order, so the index is the same on every build, and a few at a time, so
 * memory stays flat whatever the size of the corpus.
 *
 * Where the time goes (bench/SEARCH-INDEX.md): Pagefind's own work, in its binary, on one core,
 * grows with the text it is given; writing a document takes less than Pagefind takes to add it,
 * so one thread writing them keeps Pagefind busy (`workers`: worker threads,
 * ./search-document-worker.ts, instead of the main thread).
 *
 * The index is built beside the pages: at the start of the build (`astro:build:start`, after the
 * content sync) the records are already in the loader's files (src/loaders/record-index.ts), so
 * Pagefind, a process of its own, indexes them while Astro renders, on the other core; one worker
 * thread writes the documents, as the main thread renders. 1,000 reports, 3 cold builds each way
 * alternating: median 37.3 s against 44.3 s indexing after the pages, the build waiting 0.1 s for
 * the index at the end instead of 7 s. At the end
 * the bundle is moved into `<outDir>/pagefind/` once the site is checked to hold exactly those
 * reports, each record file byte for byte as the loader wrote it; else (or without the loader's
 * index) the built site's records are indexed then, as before.
 *
 * Any error reported by Pagefind fails the build; so does a report page without its record or
 * a record without its page. Every Pagefind step has a time limit.
 */
import { cpSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { progressLine, registryOf } from '../lib/index.ts'
import type { PlaceAlias } from '../lib/places/types.ts'
import { documentOf, type DocumentOutput, type DocumentTask, type DocumentWorkerData } from './search-document-worker.ts'
import { indexBytes, indexedPages, removeUnusedBundles } from './pagefind-bundle.ts'
import { WorkerPool } from './worker-pool.ts'
import { rendersReports } from '../utils/build-role.ts'
import { buildRecordIndex, indexedRecords, type RecordIndex } from '../loaders/record-index.ts'

export interface PagefindOptions {
  /** Index everything as one language; the portal is Chinese-only. Default `zh-cn`. */
  forceLanguage?: string
  /**
   * Longest any one Pagefind step may take, in ms (default 10 minutes). Pagefind's service
   * never answers if its binary crashes; this turns such a hang into a build error.
   */
  timeoutMs?: number
}

export interface IndexSiteOptions {
  /** The built site (Astro's outDir). */
  site: string
  /** Where the bundle goes; default `<site>/pagefind`. */
  outputPath?: string
  forceLanguage?: string
  timeoutMs?: number
  /** The aliases of content/places.yaml: searchable spellings of their townships. Default none. */
  aliases?: readonly PlaceAlias[]
  /** Worker threads writing documents. Default 0: the main thread writes them (see the module comment). */
  workers?: number
  /** Progress and warnings; default silent. */
  log?: { info(message: string): void; warn(message: string): void }
}

/** Where the documents come from: each report's record file (absolute path) and its id. */
export type RecordSource = DocumentTask

export interface IndexRecordsOptions extends Omit<IndexSiteOptions, 'site' | 'outputPath'> {
  outputPath: string
  /** A built site whose report pages must all exist; null while the pages are still being rendered. */
  pages: string | null
}

export interface IndexSiteResult {
  outputPath: string
  /** Report records indexed (one per report page). */
  records: number
  /** Documents given to Pagefind. */
  added: number
  /** Pages in the written index (from pagefind-entry.json), or null. */
  indexed: number | null
  /** Worker threads used. */
  workers: number
  /** Milliseconds spent reading records and writing documents (in the main thread, or summed over workers). */
  documentMs: number
  /** Milliseconds from the start to the written index, and of those, Pagefind writing it. */
  totalMs: number
  writeMs: number
  /** Bytes of the written index: index, fragment and filter files and the metadata file. */
  indexBytes: number
  /** Bytes of the records read and of the documents given to Pagefind. */
  recordBytes: number
  documentBytes: number
}

/** The records of the report pages, relative to the site, sorted. */
const RECORDS = path.join('data', 'reports')
/** The report pages: `reports/<id>/index.html`. */
const PAGES = 'reports'
/** The worker module (a path, not `new URL(…, import.meta.url)`, which bundlers rewrite). */
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'search-document-worker.ts')

/** `promise`, or a rejection naming `step` after `ms` milliseconds. */
async function within<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`pagefind ${step} did not finish within ${ms} ms (did the pagefind binary crash?)`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`)
}

/** Names in `dir` that pass `keep`, sorted; none when `dir` is missing. */
async function namesIn(
  dir: string,
  keep: (entry: { name: string; isFile(): boolean; isDirectory(): boolean }) => boolean,
): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter(keep)
      .map((e) => e.name)
      .sort()
  } catch {
    return []
  }
}

/** The record files of the site (`data/reports/<id>.json`), sorted. */
export async function recordFiles(site: string): Promise<string[]> {
  return (await namesIn(path.join(site, RECORDS), (e) => e.isFile() && e.name.endsWith('.json'))).map((name) => path.join(RECORDS, name))
}

/** The records of the built site at `site` (`data/reports/<id>.json`), in file order. */
export async function siteRecordSources(site: string): Promise<RecordSource[]> {
  return (await recordFiles(site)).map((file) => ({ file: path.join(site, file), id: path.basename(file, '.json') }))
}

/** The records of a loader's index, in the order of the built site's record files (`<id>.json`). */
export function indexRecordSources(index: RecordIndex): RecordSource[] {
  return indexedRecords(index)
}

/**
 * Indexes the report records of the built site at `site` into `outputPath` (see the module
 * comment) and closes the Pagefind service. Throws on any Pagefind error, on a step that
 * exceeds `timeoutMs`, and when report pages and records do not match one to one.
 */
export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteResult> {
  const site = options.site
  const sources = await siteRecordSources(site)
  const pages = await namesIn(path.join(site, PAGES), (e) => e.isDirectory())
  if (pages.length !== sources.length)
    fail('records', [
      `${pages.length} report page(s) in ${PAGES}/ but ${sources.length} record(s) in ${RECORDS}/: every report page needs its record`,
    ])
  return indexRecords(sources, { ...options, outputPath: options.outputPath ?? path.join(site, 'pagefind'), pages: site })
}

/**
 * Indexes the records `files` (in this order) into `outputPath` and closes the Pagefind
 * service. Throws on any Pagefind error, on a step that exceeds `timeoutMs`, on a record file
 * that holds another report, and, when `pages` is a site, on a report without its page there.
 */
export async function indexRecords(files: readonly RecordSource[], options: IndexRecordsOptions): Promise<IndexSiteResult> {
  const outputPath = options.outputPath
  const forceLanguage = options.forceLanguage ?? 'zh-cn'
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000
  const started = performance.now()
  if (files.length === 0) options.log?.warn(`no report records in ${RECORDS}/: the search index is empty`)

  const workerData: DocumentWorkerData = { role: 'search-document', pages: options.pages, aliases: options.aliases ?? [] }
  const workers = options.workers ?? 0
  const pool = files.length > 0 && workers > 0 ? new WorkerPool<DocumentTask, DocumentOutput>(WORKER, workers, workerData) : null
  let documentMs = 0
  let recordBytes = 0
  let documentBytes = 0
  let added = 0
  try {
    const { index, errors } = await within(pagefind.createIndex({ forceLanguage }), timeoutMs, 'createIndex')
    if (errors.length > 0 || !index) fail('createIndex', errors.length > 0 ? errors : ['no index returned'])

    // Documents are written ahead (one by the main thread, a few by workers) and handed to
    // Pagefind in file order, up to `concurrency` at a time. No task rejects unhandled: a
    // failure is kept and thrown here.
    const addErrors: string[] = []
    const adding = new Set<Promise<void>>()
    let failure: { error: unknown } | null = null
    /** Throws the first failure of an addHTMLFile task, if any (a function: TS cannot see the callbacks set it). */
    const rethrow = (): void => {
      if (failure) throw failure.error
    }
    const concurrency = 4
    const add = ({ file }: RecordSource, doc: DocumentOutput): void => {
      const task: Promise<void> = within(index.addHTMLFile({ url: doc.url, content: doc.content }), timeoutMs, `addHTMLFile ${file}`)
        .then((response) => {
          for (const error of response.errors) addErrors.push(`${file}: ${error}`)
          added++
        })
        .catch((error: unknown) => {
          failure ??= { error }
        })
        .finally(() => adding.delete(task))
      adding.add(task)
    }
    const ahead = pool ? pool.size * 4 : 1
    const documents: Array<Promise<DocumentOutput> | undefined> = []
    const write = (n: number): void => {
      if (n >= files.length) return
      const source = files[n]!
      const task = pool ? pool.run(source) : Promise.resolve().then(() => documentOf(source, workerData.aliases, workerData.pages))
      const doc = within(task, timeoutMs, `document ${source.file}`)
      doc.catch(() => {})
      documents[n] = doc
    }
    for (let n = 0; n < ahead; n++) write(n)
    const progress = progressLine('检索索引：处理报告', (line) => options.log?.info(line))
    for (const [n, source] of files.entries()) {
      const doc = await documents[n]!
      documents[n] = undefined
      write(n + ahead)
      documentMs += doc.ms
      recordBytes += doc.recordBytes
      documentBytes += Buffer.byteLength(doc.content)
      add(source, doc)
      if (adding.size >= concurrency) await Promise.race(adding)
      rethrow()
      progress(n + 1, files.length)
    }
    await Promise.all(adding)
    rethrow()
    if (addErrors.length > 0) fail('addHTMLFile', addErrors)

    const writing = performance.now()
    const written = await within(index.writeFiles({ outputPath }), timeoutMs, 'writeFiles')
    const writeMs = performance.now() - writing
    if (written.errors.length > 0) fail('writeFiles', written.errors)
    const indexed = await indexedPages(outputPath)
    if (indexed !== files.length)
      fail('writeFiles', [`${files.length} report(s) given to Pagefind, ${indexed ?? 'no'} page(s) in the index`])
    await removeUnusedBundles(outputPath)
    return {
      outputPath,
      records: files.length,
      added,
      indexed,
      workers: pool?.size ?? 0,
      documentMs: Math.round(documentMs),
      totalMs: Math.round(performance.now() - started),
      writeMs: Math.round(writeMs),
      indexBytes: await indexBytes(outputPath),
      recordBytes,
      documentBytes,
    }
  } finally {
    await pool?.close()
    await pagefind.close()
  }
}

/** What an index built beside the pages came to: its result, or the error that stopped it. */
type EarlyOutcome = { result: IndexSiteResult } | { error: unknown }

/** An index started at `astro:build:start`, from the loader's record files. */
interface EarlyIndex {
  sources: RecordSource[]
  outputPath: string
  outcome: Promise<EarlyOutcome>
}

/**
 * Why the built site at `site` cannot take the index of `sources` (null when it can): its
 * report pages or record files are not exactly those reports, or a record file is not the
 * loader's file it was indexed from (plus the newline the build adds).
 */
export async function earlyIndexMismatch(site: string, sources: readonly RecordSource[]): Promise<string | null> {
  const ids = sources.map((s) => s.id)
  const pages = await namesIn(path.join(site, PAGES), (e) => e.isDirectory())
  const records = (await siteRecordSources(site)).map((s) => s.id)
  const sorted = [...ids].sort()
  if (pages.join('\n') !== sorted.join('\n')) return `${pages.length} report page(s) in ${PAGES}/, ${ids.length} record(s) indexed`
  if (records.join('\n') !== ids.join('\n')) return `${records.length} record(s) in ${RECORDS}/, ${ids.length} record(s) indexed`
  for (const { file, id } of sources) {
    const built = readFileSync(path.join(site, RECORDS, `${id}.json`))
    const loaded = readFileSync(file)
    if (built.length !== loaded.length + 1 || !built.subarray(0, loaded.length).equals(loaded))
      return `${RECORDS}/${id}.json differs from ${file}`
  }
  return null
}

/** Move the bundle at `from` to `to`, replacing what is there. */
function moveBundle(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true })
  try {
    renameSync(from, to)
  } catch {
    // another file system: copy
    cpSync(from, to, { recursive: true })
    rmSync(from, { recursive: true, force: true })
  }
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  let root = process.cwd()
  let cacheDir = path.join(root, 'node_modules', '.astro')
  let early: EarlyIndex | null = null
  /** The aliases of content/places.yaml (the registry's problems are reported by the content loader; here it only adds spellings). */
  const aliases = (): readonly PlaceAlias[] => registryOf(path.join(root, 'content')).registry?.aliases ?? []
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root)
        cacheDir = fileURLToPath(config.cacheDir)
      },
      // After the content sync: the loader's record files are this build's records.
      'astro:build:start': ({ logger }) => {
        early = null
        if (!rendersReports()) return
        const index = buildRecordIndex(cacheDir, root)
        if (!index) return logger.info('没有内容加载器的记录索引：检索索引在页面生成后建立')
        const sources = indexRecordSources(index)
        const outputPath = path.join(cacheDir, 'pagefind-early')
        rmSync(outputPath, { recursive: true, force: true })
        logger.info(`检索索引：与页面生成同时建立（${sources.length} 份报告）`)
        // One worker thread writes the documents: the main thread renders the pages meanwhile.
        const outcome = indexRecords(sources, {
          outputPath,
          pages: null,
          forceLanguage: options.forceLanguage,
          timeoutMs: options.timeoutMs,
          aliases: aliases(),
          workers: sources.length > 0 ? 1 : 0,
          log: logger,
        }).then(
          (result): EarlyOutcome => ({ result }),
          (error: unknown): EarlyOutcome => ({ error }),
        )
        early = { sources, outputPath, outcome }
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The national build of a sharded site has no report of its own: the search page merges the shards' bundles.
        if (!rendersReports()) return logger.info('全国页面构建：检索索引由各分片生成，此处不建索引')
        const site = fileURLToPath(dir)
        const target = path.join(site, 'pagefind')
        let result: IndexSiteResult | null = null
        let beside = ''
        if (early) {
          const waiting = performance.now()
          const outcome = await early.outcome
          if ('error' in outcome) throw outcome.error
          const mismatch = await earlyIndexMismatch(site, early.sources)
          if (mismatch === null) {
            moveBundle(early.outputPath, target)
            result = { ...outcome.result, outputPath: target }
            beside = `, beside the pages (the build waited ${Math.round(performance.now() - waiting)} ms for it)`
          } else {
            rmSync(early.outputPath, { recursive: true, force: true })
            logger.warn(`与页面同时建立的检索索引不能使用（${mismatch}），按构建出的记录重新建立`)
          }
          early = null
        }
        result ??= await indexSite({
          site,
          forceLanguage: options.forceLanguage,
          timeoutMs: options.timeoutMs,
          aliases: aliases(),
          log: logger,
        })
        logger.info(
          `indexed ${result.indexed ?? '?'} report(s) into ${path.relative(process.cwd(), result.outputPath) || result.outputPath} ` +
            `in ${result.totalMs} ms${beside} (${result.documentMs} ms writing documents${result.workers ? ` in ${result.workers} workers` : ''}, ${result.writeMs} ms writing the index; ` +
            `${kib(result.recordBytes)} of records → ${kib(result.documentBytes)} of documents → ${kib(result.indexBytes)} of index)`,
        )
      },
    },
  }
}
