/** The worker pool with small real worker modules written to a temp dir. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkerPool } from '../../src/integrations/worker-pool.ts'

const ECHO = `import { parentPort, threadId } from 'node:worker_threads'
parentPort.on('message', ({ seq, input }) => {
  if (input === 'bad') parentPort.postMessage({ seq, error: 'bad input' })
  else if (input === 'die') process.exit(3)
  else parentPort.postMessage({ seq, output: { doubled: input * 2, threadId } })
})
`

describe('WorkerPool', () => {
  let dir: string
  let echo: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'worker-pool-'))
    echo = path.join(dir, 'echo.mjs')
    await writeFile(echo, ECHO)
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('answers every task, spread over its workers', async () => {
    const pool = new WorkerPool<number | string, { doubled: number; threadId: number }>(echo, 2)
    try {
      const outputs = await Promise.all(Array.from({ length: 20 }, (_, n) => pool.run(n)))
      expect(outputs.map((o) => o.doubled)).toEqual(Array.from({ length: 20 }, (_, n) => n * 2))
      expect(new Set(outputs.map((o) => o.threadId)).size).toBe(2)
    } finally {
      await pool.close()
    }
  })

  it('fails the task a worker answers with an error, and only that one', async () => {
    const pool = new WorkerPool<number | string, { doubled: number }>(echo, 1)
    try {
      await expect(pool.run('bad')).rejects.toThrow('bad input')
      expect((await pool.run(4)).doubled).toBe(8)
    } finally {
      await pool.close()
    }
  })

  it('fails the tasks of a worker that dies, and every later task', async () => {
    const pool = new WorkerPool<number | string, { doubled: number }>(echo, 1)
    try {
      await expect(pool.run('die')).rejects.toThrow(/exited with code 3/u)
      await expect(pool.run(1)).rejects.toThrow(/exited with code 3/u)
    } finally {
      await pool.close()
    }
  })
})
