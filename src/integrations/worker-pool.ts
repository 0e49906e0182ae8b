/**
 * A fixed pool of worker threads running one module, each task one message in and one out.
 *
 * The worker module answers every `{ seq, input }` message with `{ seq, output }` or
 * `{ seq, error }` (see ./search-document-worker.ts). A worker that dies fails every task it
 * held. TypeScript workers run on Node's type stripping (Node ≥ 22.18); on an older Node they
 * are loaded through tsx (a devDependency, like pagefind itself).
 */
import { availableParallelism } from 'node:os'
import { type MessagePort, Worker } from 'node:worker_threads'

/** The message a worker module sends back for one task. */
export type WorkerReply<O> = { seq: number; output: O; error?: undefined } | { seq: number; error: string }

interface Pending<O> {
  resolve(output: O): void
  reject(error: Error): void
}

/**
 * The worker side: answer every task message on `port` with `handle`'s output, or with its error's
 * message (a worker module calls this once, when it runs as a pool's worker).
 */
export function answerTasks<I, O>(port: MessagePort, handle: (input: I) => O): void {
  port.on('message', ({ seq, input }: { seq: number; input: I }) => {
    let reply: WorkerReply<O>
    try {
      reply = { seq, output: handle(input) }
    } catch (error) {
      reply = { seq, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(reply)
  })
}

/** The execArgv a worker needs to load `.ts` modules. */
function typeScriptArgv(): string[] {
  const features = process.features as { typescript?: string | false }
  return features.typescript ? [] : ['--import', 'tsx']
}

/** Cores this process may use: the default pool size. */
export const poolSize = (): number => Math.max(1, availableParallelism())

export class WorkerPool<I, O> {
  private readonly workers: Array<{ worker: Worker; pending: Map<number, Pending<O>> }>
  private seq = 0
  private failure: Error | null = null

  /** Start `size` workers of the module at `file` (a path or file: URL), each given `workerData`. */
  constructor(file: string | URL, size: number = poolSize(), workerData?: unknown) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(file, { workerData, execArgv: typeScriptArgv() })
      const pending = new Map<number, Pending<O>>()
      const failAll = (error: Error): void => {
        this.failure ??= error
        for (const task of pending.values()) task.reject(error)
        pending.clear()
      }
      worker.on('message', (reply: WorkerReply<O>) => {
        const task = pending.get(reply.seq)
        if (!task) return
        pending.delete(reply.seq)
        if (reply.error !== undefined) task.reject(new Error(reply.error))
        else task.resolve(reply.output)
      })
      worker.on('error', failAll)
      worker.on('exit', (code) => failAll(new Error(`worker ${file} exited with code ${code}`)))
      return { worker, pending }
    })
  }

  /** Number of workers. */
  get size(): number {
    return this.workers.length
  }

  /** Run one task on the least busy worker. */
  run(input: I): Promise<O> {
    if (this.failure) return Promise.reject(this.failure)
    const slot = this.workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best))
    const seq = ++this.seq
    return new Promise<O>((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject })
      slot.worker.postMessage({ seq, input })
    })
  }

  /** Stop every worker; tasks still running fail. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async ({ worker }) => {
        worker.removeAllListeners('exit')
        await worker.terminate()
      }),
    )
  }
}
