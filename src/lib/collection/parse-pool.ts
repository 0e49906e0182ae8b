/**
 * Parse many files on every core: worker threads (parse-worker.ts) each load the engine and parse
 * the files they are handed, a few at a time; this thread parses too until the first worker is
 * ready (a worker takes about a second to load the engine and the division list), and takes over
 * whatever a failed worker held. Each file is parsed by the same `parseSource` wherever it runs, so
 * the results are the same with or without workers; only the order in which they finish varies.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { PlaceRegistry } from '../places/index.ts'
import { parseSource, type ParsedSource } from '../pipeline/index.ts'

/** One file to parse: its place in the collection, its path and bytes, and the front matter beside it. */
export interface ParseJob {
  index: number
  path: string
  bytes: Uint8Array
  sidecar?: { path: string; text: string }
}

/** What a worker says: that it is ready, or the parse of one job. */
export type PoolMessage = { ready: true } | { index: number; parsed: ParsedSource }

/**
 * Fewer files than this are parsed in this thread. Each worker loads the engine and the division
 * list (about 1.5 s of CPU) and warms up on its own: measured on 2 cores, workers gained nothing at
 * 1,000 files and pay off only when thousands of files are parsed on cores that are free.
 */
export const poolThreshold = 2000

/** Files handed to one worker at a time (so it never waits for the next one). */
const window = 4

/** The number of workers used for `jobs` files when the caller does not say. */
export function defaultWorkers(jobs: number): number {
  return jobs >= poolThreshold ? availableParallelism() : 0
}

/** A worker thread and the jobs it holds. */
interface PoolWorker {
  worker: Worker
  ready: boolean
  alive: boolean
  held: Map<number, ParseJob>
}

/**
 * Parse every job, in this thread and in `workers` worker threads, calling `done` as each finishes
 * (in any order). Resolves when all are done; never rejects for a file (a parse never throws).
 */
export async function parseJobs(
  jobs: readonly ParseJob[],
  options: {
    registry?: PlaceRegistry
    workers: number
    /** False: leave every file to the workers, unless none can start (tests use it). Default true. */
    alsoHere?: boolean
  },
  done: (job: ParseJob, parsed: ParsedSource) => void,
): Promise<void> {
  const queue = [...jobs]
  let left = jobs.length
  if (left === 0) return
  let finish!: () => void
  const finished = new Promise<void>((resolve) => (finish = resolve))
  const complete = (job: ParseJob, parsed: ParsedSource): void => {
    done(job, parsed)
    if (--left === 0) finish()
  }
  let closing = false
  const pool: PoolWorker[] = []
  const readyOne = (): boolean => pool.some((w) => w.alive && w.ready)
  /** Hand `w` jobs until it holds a window's worth. */
  const feed = (w: PoolWorker): void => {
    while (w.alive && w.ready && w.held.size < window && queue.length) {
      const job = queue.shift()!
      w.held.set(job.index, job)
      const bytes = new Uint8Array(job.bytes)
      w.worker.postMessage({ ...job, bytes } satisfies ParseJob, [bytes.buffer])
    }
  }
  /** Parse here while no worker is ready to. */
  const inThisThread = async (): Promise<void> => {
    while (queue.length && !readyOne() && !(options.alsoHere === false && pool.some((w) => w.alive))) {
      const job = queue.shift()!
      complete(job, await parseSource(job.bytes, job.path, { registry: options.registry, sidecar: job.sidecar }))
      // Let worker messages in between files.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  /** A worker failed or stopped: its jobs go back to the front of the queue. */
  const lose = (w: PoolWorker): void => {
    if (!w.alive || closing) return
    w.alive = false
    queue.unshift(...[...w.held.values()].sort((a, b) => a.index - b.index))
    w.held.clear()
    for (const other of pool) feed(other)
    if (!readyOne()) void inThisThread()
  }
  for (let i = 0; i < options.workers; i++) {
    let worker: Worker
    try {
      // Node runs the engine's TypeScript itself (type stripping): a parent's loader hooks (tsx) would only slow the start.
      worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: { registry: options.registry }, execArgv: [] })
    } catch {
      break // no worker can start here (the engine is bundled, say): this thread parses everything
    }
    const w: PoolWorker = { worker, ready: false, alive: true, held: new Map() }
    w.worker.on('message', (message: PoolMessage) => {
      if ('ready' in message) w.ready = true
      else {
        const job = w.held.get(message.index)
        w.held.delete(message.index)
        if (job) complete(job, message.parsed)
      }
      feed(w)
    })
    w.worker.on('error', () => lose(w))
    w.worker.on('exit', () => lose(w))
    pool.push(w)
  }
  try {
    await inThisThread()
    for (const w of pool) feed(w)
    await finished
  } finally {
    closing = true
    await Promise.all(pool.map((w) => w.worker.terminate()))
  }
}
