/**
 * The shard runner's early summary (scripts/shards/early-summary.ts) is made only from an index
 * of this engine and place registry, and a difference from the shard build's own files is found.
 * Its use on a real rebuild (one file parsed anew, files equal to the build's) is checked by
 * tests/e2e/shards.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { earlyOutputMismatch, earlySummary, type EarlyFiles } from '../../scripts/shards/early-summary.ts'
import { recordIndexFile, recordSalt, writeRecordIndex } from '../../src/loaders/record-index.ts'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'early-summary-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const filesIn = (folder: string): EarlyFiles => ({
  summary: path.join(dir, folder, 'summary.json'),
  bulkManifest: path.join(dir, folder, 'bulk-manifest.json'),
})

describe('early shard summary', () => {
  it('is not made without an index of the last build', async () => {
    const result = await earlySummary(process.cwd(), 'reports', dir, filesIn('out'))
    expect(result).toEqual({ made: false, reason: expect.stringContaining('没有上一次构建的记录') })
  })

  it('is not made from an index of other engine code or another place registry', async () => {
    writeRecordIndex(recordIndexFile(dir), `other:${recordSalt('content')}`, {})
    const result = await earlySummary(process.cwd(), 'reports', dir, filesIn('out'))
    expect(result.made).toBe(false)
  })

  it('is not made outside the project folder (record paths are relative to it)', async () => {
    writeRecordIndex(recordIndexFile(dir), recordSalt('content'), {})
    const result = await earlySummary(dir, 'reports', dir, filesIn('out'))
    expect(result).toEqual({ made: false, reason: '不在项目文件夹中运行' })
  })

  it('names the first of the build’s files that differs, and none when all are equal', () => {
    const early = filesIn('early')
    const built = filesIn('built')
    for (const files of [early, built]) {
      mkdirSync(path.dirname(files.summary), { recursive: true })
      writeFileSync(files.summary, '{"reports":[1]}')
      writeFileSync(files.bulkManifest, '{"files":[]}\n')
    }
    expect(earlyOutputMismatch(early, built)).toBeNull()
    writeFileSync(built.bulkManifest, '{"files":[1]}\n')
    expect(earlyOutputMismatch(early, built)).toBe(built.bulkManifest)
    rmSync(built.summary)
    expect(earlyOutputMismatch(early, built)).toBe(built.summary)
  })
})
