/** Parsing in worker threads gives what parsing in this thread gives: the same records, texts, order and progress. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectContent } from '../../../src/lib/collection/parse-collection.ts'
import { parseJobs, type ParseJob } from '../../../src/lib/collection/parse-pool.ts'
import { parseSource, type ParsedSource } from '../../../src/lib/pipeline/index.ts'
import { registryOf } from '../../../src/lib/index.ts'

/** A content folder holding every fixture input of these formats, an over-large file and a stray front matter file. */
function mixedFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'pool-'))
  mkdirSync(join(root, 'reports'))
  for (const dir of readdirSync('tests/fixtures')) {
    for (const name of readdirSync(join('tests/fixtures', dir))) {
      if (/^input\.(txt|md|html|mht|docx|doc|pdf|bin)$/.test(name))
        copyFileSync(join('tests/fixtures', dir, name), join(root, 'reports', `${dir}.${name.split('.')[1]}`))
    }
  }
  writeFileSync(join(root, 'reports/孤立.yaml'), 'year: 2021\n')
  return root
}

describe('collectContent in worker threads', () => {
  it('gives the same files, skipped files and progress counts as parsing in this thread', async () => {
    const root = mixedFolder()
    const { registry } = registryOf('content')
    const run = async (workers: number) => {
      const progress: string[] = []
      const collected = await collectContent([root], { registry, workers, progress: (done, total) => progress.push(`${done}/${total}`) })
      return { ...collected, progress }
    }
    const here = await run(0)
    const pooled = await run(2)
    expect(here.files.length).toBeGreaterThan(60)
    expect(JSON.stringify(pooled.files.map((f) => [f.path, f.record, f.text, f.sidecar, f.cached]))).toBe(
      JSON.stringify(here.files.map((f) => [f.path, f.record, f.text, f.sidecar, f.cached])),
    )
    expect(pooled.skipped).toEqual(here.skipped)
    expect(pooled.progress).toEqual(here.progress)
  }, 120_000)
})

describe('parseJobs', () => {
  it('parses every file in the workers alone exactly as parseSource does here', async () => {
    const root = mixedFolder()
    const { registry } = registryOf('content')
    const jobs: ParseJob[] = readdirSync(join(root, 'reports')).map((name, index) => {
      const path = join(root, 'reports', name)
      return { index, path, bytes: readFileSync(path) }
    })
    const pooled: ParsedSource[] = []
    await parseJobs(jobs, { registry, workers: 2, alsoHere: false }, (job, parsed) => (pooled[job.index] = parsed))
    const here = await Promise.all(jobs.map((job) => parseSource(job.bytes, job.path, { registry })))
    expect(pooled.length).toBe(jobs.length)
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(here))
  }, 120_000)
})
