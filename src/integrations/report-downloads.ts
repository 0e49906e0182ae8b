/**
 * Writes each report's download files (src/utils/data/report-downloads.ts: its record as JSON,
 * its tables as CSV, its original file) beside the pages, instead of as pages.
 *
 * Rendered as Astro routes they cost what any page costs, one to three milliseconds each,
 * three per report, on the one thread that renders the pages (at 10,000 reports, 72 s of its
 * 215 s). Written here they cost about 2 ms a report on another thread. Here, at the start
 * of the build (`astro:build:start`, after the content sync), one worker thread writes them from
 * the loader's record files (src/loaders/record-index.ts) into `<cacheDir>/report-downloads/`
 * while Astro renders; at the end they are moved into the site, before the search index checks
 * the site's records (./pagefind.ts, the next integration). `astro dev` serves them from the
 * same record files (`astro:server:setup`).
 *
 * A build without the loader's index of this build's records fails: its report pages would link
 * to downloads that are not there. So does a report whose original cannot be read.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import { progressLine } from '../lib/index.ts'
import { readRecordIndex, recordIndexFile, recordSalt, type RecordIndex } from '../loaders/record-index.ts'
import { stripBase } from '../utils/base-path.ts'
import { rendersReports } from '../utils/build-role.ts'
import { downloadType, reportDownloads } from '../utils/data/report-downloads.ts'
import type { DownloadOutput, DownloadTask, DownloadWorkerData } from './report-downloads-worker.ts'
import { WorkerPool } from './worker-pool.ts'

/** The worker module (a path, not `new URL(…, import.meta.url)`, which bundlers rewrite). */
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-downloads-worker.ts')

/** Tasks handed to the worker ahead of its answers. */
const AHEAD = 16

/** What the writing beside the pages came to. */
type Outcome = { reports: number; files: number; bytes: number; ms: number } | { error: unknown }

/** The loader's index of this build's records, or null. */
function recordIndex(cacheDir: string, root: string): RecordIndex | null {
  return readRecordIndex(recordIndexFile(cacheDir), recordSalt('content', root))
}

/** The record files of an index with their ids, in file order. */
function tasksOf(index: RecordIndex): DownloadTask[] {
  return Object.values(index.files)
    .map((entry) => ({ file: entry.record, id: entry.id }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Write the downloads of `tasks` into `stage` on one worker thread. */
async function writeAll(tasks: readonly DownloadTask[], stage: string, root: string, log: (line: string) => void): Promise<Outcome> {
  const started = performance.now()
  if (tasks.length === 0) return { reports: 0, files: 0, bytes: 0, ms: 0 }
  const data: DownloadWorkerData = { role: 'report-downloads', stage, root }
  const pool = new WorkerPool<DownloadTask, DownloadOutput>(WORKER, 1, data)
  const progress = progressLine('报告下载文件：写入报告', log)
  let files = 0
  let bytes = 0
  let done = 0
  let failure: { error: unknown } | null = null
  try {
    const running: Promise<void>[] = []
    let next = 0
    const start = (): void => {
      const task = tasks[next++]
      if (!task || failure) return
      running.push(
        pool.run(task).then(
          (out) => {
            files += out.files
            bytes += out.bytes
            progress(++done, tasks.length)
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
    return failure ?? { reports: tasks.length, files, bytes, ms: performance.now() - started }
  } finally {
    await pool.close()
  }
}

/**
 * Move everything in `from` into `to`: an entry `to` lacks is renamed as a whole (a folder of
 * 10,000 files in one step), a folder both have is merged. Returns the files moved. Throws when a
 * file is in both: a page was rendered at a download's address.
 */
export function moveInto(from: string, to: string): number {
  let moved = 0
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (!existsSync(target)) {
      moved += entry.isDirectory() ? countFiles(source) : 1
      try {
        renameSync(source, target)
      } catch {
        // another file system: copy
        cpSync(source, target, { recursive: true })
        rmSync(source, { recursive: true, force: true })
      }
    } else if (entry.isDirectory() && statSync(target).isDirectory()) moved += moveInto(source, target)
    else throw new Error(`${path.relative(to, target) || entry.name}：下载文件与页面生成的文件同名`)
  }
  return moved
}

/** Files below a folder. */
function countFiles(dir: string): number {
  let n = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) n += entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1
  return n
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
        const index = recordIndex(cacheDir, root)
        if (!index) throw new Error('没有内容加载器本次写出的记录索引（report-index.json），无法写出报告的下载文件')
        const stage = path.join(cacheDir, 'report-downloads')
        rmSync(stage, { recursive: true, force: true })
        mkdirSync(stage, { recursive: true })
        const tasks = tasksOf(index)
        logger.info(`报告下载文件（JSON、CSV、原始文件）：与页面生成同时写出（${tasks.length} 份报告）`)
        writing = { stage, outcome: writeAll(tasks, stage, root, (line) => logger.info(line)) }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!writing) return
        const waiting = performance.now()
        const outcome = await writing.outcome
        const stage = writing.stage
        writing = null
        if ('error' in outcome) throw outcome.error
        const waited = Math.round(performance.now() - waiting)
        const moved = moveInto(stage, fileURLToPath(dir))
        rmSync(stage, { recursive: true, force: true })
        if (moved !== outcome.files) throw new Error(`报告下载文件：写出 ${outcome.files} 个，移入网站 ${moved} 个`)
        logger.info(
          `报告下载文件：${outcome.reports} 份报告的 ${outcome.files} 个文件（${mb(outcome.bytes)}），` +
            `用时 ${(outcome.ms / 1000).toFixed(1)} 秒，与页面生成同时（构建为它等待了 ${waited} 毫秒）`,
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
          const index = id === undefined || request.method !== 'GET' ? null : recordIndex(cacheDir, root)
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
