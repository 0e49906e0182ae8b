/**
 * A worker thread of the parse pool (parse-pool.ts): it reads the engine once, says it is ready,
 * then turns each file it is sent (bytes, path, front matter beside it) into its parsed source.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { PlaceRegistry } from '../places/index.ts'
import { parseSource } from '../pipeline/index.ts'
import type { ParseJob, PoolMessage } from './parse-pool.ts'

const port = parentPort!
const { registry } = workerData as { registry?: PlaceRegistry }

port.on('message', async (job: ParseJob) => {
  const parsed = await parseSource(job.bytes, job.path, { registry, sidecar: job.sidecar })
  port.postMessage({ index: job.index, parsed } satisfies PoolMessage)
})
port.postMessage({ ready: true } satisfies PoolMessage)
