/**
 * Writes each report's download files (src/utils/data/report-downloads.ts: its record as JSON,
 * its tables as CSV, its original file) beside the pages, instead of as pages.
 *
 * Rendered as Astro routes they cost what any page costs, one to three milliseconds each,
 * three per report, on the thread that renders the pages. Here, at the start of the build
 * (`astro:build:start`, after the content sync), one worker thread writes them from the loader's
 * record files (src/loaders/record-index.ts) into `<cacheDir>/report-downloads/` while Astro
 * renders (10,000 reports, one cold build each way in one run: 283.8 s against 341.7 s, the
 * pages 209 s against 272 s; `dist/` byte-identical). The folder is kept between builds: a
 * report whose record file has the content its files were written from keeps them, so a rebuild
 * writes only the changed reports' files. At the end the files are hard-linked into the site
 * (copied across file systems), before the search index checks the site's records (./pagefind.ts,
 * the next integration). `astro dev` serves them from the same record files (`astro:server:setup`).
 *
 * A build without the loader's index of this build's records fails: its report pages would link
 * to downloads that are not there. So does a report whose original cannot be read.
 */
import { createHash } from 'node:crypto'
import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import { progressLine } from '../lib/index.ts'
import { engineFingerprint } from '../loaders/engine-fingerprint.ts'
import { buildRecordIndex, indexedRecords } from '../loaders/record-index.ts'
import { stripBase } from '../utils/base-path.ts'
import { rendersReports } from '../utils/build-role.ts'
import { downloadType, reportDownloads } from '../utils/data/report-downloads.ts'
import type { DownloadOutput, DownloadTask, DownloadWorkerData, Staged } from './report-downloads-worker.ts'
import { WorkerPool } from './worker-pool.ts'

/** The worker module (a path, not `new URL(…, import.meta.url)`, which bundlers rewrite). */
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-downloads-worker.ts')

/** Tasks handed to the worker ahead of its answers. */
const AHEAD = 16

/** Bump to write every report's downloads again once. */
const STAGE_VERSION = 1

/**
 * The code a download's content comes from besides the record: the modules that make the files
 * (tests/integrations/report-downloads.test.ts checks that every module they import is in this
 * list or in the engine), and the engine (src/lib, by its fingerprint).
 */
export const downloadSources = [
  'src/utils/data',
  'src/utils/paths.ts',
  'src/utils/base-path.ts',
  'src/integrations/report-downloads-worker.ts',
]

/** A hash of the engine and `downloadSources` (their .ts files directly inside, path and content). */
export function downloadsFingerprint(root: string): string {
  const hash = createHash('sha256').update(String(STAGE_VERSION)).update('\0').update(engineFingerprint(root))
  for (const source of downloadSources) {
    const full = path.join(root, source)
    const files = statSync(full).isDirectory()
      ? readdirSync(full)
          .filter((name) => name.endsWith('.ts'))
          .sort()
          .map((name) => path.join(source, name))
      : [source]
    for (const file of files)
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(path.join(root, file)))
        .update('\0')
  }
  return hash.digest('base64url')
}

/** What the staging folder holds: for each report, the hash of the record its downloads were written from, and their paths. */
export interface StageManifest {
  fingerprint: string
  reports: Record<string, Staged>
}

const MANIFEST = 'manifest.json'

/** The manifest of `stage` if it was written by code of `fingerprint`; else an empty one. */
export function readStageManifest(stage: string, fingerprint: string): StageManifest {
  try {
    const manifest = JSON.parse(readFileSync(path.join(stage, MANIFEST), 'utf8')) as StageManifest
    if (manifest.fingerprint === fingerprint && manifest.reports) return manifest
  } catch {
    // none yet, or unreadable: start afresh
  }
  return { fingerprint, reports: {} }
}

/** What the writing beside the pages came to. */
type Outcome = { reports: number; written: number; files: string[]; bytes: number; ms: number } | { error: unknown }

/**
 * Bring `stage` up to `tasks`, on one worker thread: a report whose record file has the content
 * its staged downloads were written from, with those files still there, keeps them; the others
 * are written; the files of reports no longer there are removed. Resolves with every current file.
 */
async function stageAll(
  tasks: readonly DownloadTask[],
  stage: string,
  root: string,
  fingerprint: string,
  log: (line: string) => void,
): Promise<Outcome> {
  const started = performance.now()
  const previous = readStageManifest(stage, fingerprint)
  if (Object.keys(previous.reports).length === 0) rmSync(stage, { recursive: true, force: true })
  mkdirSync(stage, { recursive: true })
  const manifest: StageManifest = { fingerprint, reports: {} }
  const todo: DownloadTask[] = tasks.map((task) => ({ ...task, staged: previous.reports[task.id] }))
  let written = 0
  let bytes = 0
  let done = 0
  let failure: { error: unknown } | null = null
  const pool =
    todo.length > 0
      ? new WorkerPool<DownloadTask, DownloadOutput>(WORKER, 1, { role: 'report-downloads', stage, root } satisfies DownloadWorkerData)
      : null
  const progress = progressLine('报告下载文件：核对并写出报告', log)
  try {
    const running: Promise<void>[] = []
    let next = 0
    const start = (): void => {
      const task = todo[next++]
      if (!task || failure || !pool) return
      running.push(
        pool.run(task).then(
          (out) => {
            manifest.reports[task.id] = { hash: out.hash, files: out.files }
            bytes += out.bytes
            if (out.written) written++
            progress(++done, todo.length)
            start()
          },
          (error: unknown) => {
            failure ??= { error: new Error(`${task.file}（报告 ${task.id}）：${error instanceof Error ? error.message : String(error)}`) }
          },
        ),
      )
    }
    for (let n = 0; n < AHEAD; n++) start()
    // Each finished task starts the next: wait until every one has run.
    for (let n = 0; n < running.length; n++) await running[n]
  } finally {
    await pool?.close()
  }
  if (failure) return failure
  // Files staged before and not current now (a report gone, or its original's ending changed).
  const current = new Set(Object.values(manifest.reports).flatMap((r) => r.files))
  for (const entry of Object.values(previous.reports))
    for (const file of entry.files) if (!current.has(file)) rmSync(path.join(stage, file), { force: true })
  writeFileSync(path.join(stage, MANIFEST), JSON.stringify(manifest))
  return { reports: tasks.length, written, files: [...current].sort(), bytes, ms: performance.now() - started }
}

/**
 * Link the staged `files` into the site `to` (copies across file systems). Throws when a file is
 * already there: a page was rendered at a download's address.
 */
export function linkInto(from: string, files: readonly string[], to: string): void {
  const made = new Set<string>()
  for (const file of files) {
    const target = path.join(to, file)
    const dir = path.dirname(target)
    if (!made.has(dir)) mkdirSync(dir, { recursive: true })
    made.add(dir)
    try {
      linkSync(path.join(from, file), target)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') throw new Error(`${file}：下载文件与页面生成的文件同名`)
      if (code !== 'EXDEV' && code !== 'EPERM') throw error
      copyFileSync(path.join(from, file), target, constants.COPYFILE_EXCL)
    }
  }
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`

export default function reportDownloadsIntegration(): AstroIntegration {
  let root = process.cwd()
  let cacheDir = path.join(root, 'node_modules', '.astro')
  let base = '/'
  let writing: { stage: string; outcome: Promise<Outcome> } | null = null
  return {
    name: 'report-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root)
        cacheDir = fileURLToPath(config.cacheDir)
        base = config.base
      },
      // After the content sync: the loader's record files are this build's records.
      'astro:build:start': ({ logger }) => {
        writing = null
        if (!rendersReports()) return
        const index = buildRecordIndex(cacheDir, root)
        if (!index) throw new Error('没有内容加载器本次写出的记录索引（report-index.json），无法写出报告的下载文件')
        const stage = path.join(cacheDir, 'report-downloads')
        const tasks = indexedRecords(index)
        logger.info(`报告下载文件（JSON、CSV、原始文件）：与页面生成同时写出（${tasks.length} 份报告）`)
        writing = { stage, outcome: stageAll(tasks, stage, root, downloadsFingerprint(root), (line) => logger.info(line)) }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!writing) return
        const waiting = performance.now()
        const outcome = await writing.outcome
        const stage = writing.stage
        writing = null
        if ('error' in outcome) throw outcome.error
        const waited = Math.round(performance.now() - waiting)
        linkInto(stage, outcome.files, fileURLToPath(dir))
        logger.info(
          `报告下载文件：${outcome.reports} 份报告的 ${outcome.files.length} 个文件，其中 ${outcome.written} 份报告的文件重新写出（${mb(outcome.bytes)}），` +
            `用时 ${(outcome.ms / 1000).toFixed(1)} 秒，与页面生成同时（构建为它等待了 ${waited} 毫秒），其余沿用上次构建`,
        )
      },
      // `astro dev`: the same files, made on request from this sync's records.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          let sitePath: string | null = null
          try {
            sitePath = stripBase(
              base.endsWith('/') ? base : `${base}/`,
              decodeURIComponent(new URL(request.url ?? '/', 'http://dev.invalid').pathname),
            )
          } catch {
            return next()
          }
          const match =
            sitePath && /^\/(?:data\/reports\/([^/]+)\.json|data\/tables\/([^/]+)\.csv|reports\/([^/]+)\/original\.[^/]+)$/.exec(sitePath)
          const id = match ? (match[1] ?? match[2] ?? match[3]) : undefined
          const index = id === undefined || request.method !== 'GET' ? null : buildRecordIndex(cacheDir, root)
          const entry = index && Object.values(index.files).find((e) => e.id === id)
          const file = entry && reportDownloads(readFileSync(entry.record), root).find((f) => `/${f.path}` === sitePath)
          if (!file) return next()
          response.setHeader('Content-Type', downloadType(file.path))
          response.end(file.content)
        })
      },
    },
  }
}
