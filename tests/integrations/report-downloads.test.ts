/**
 * The report downloads written beside the pages (src/integrations/report-downloads.ts): the
 * worker writes one report's files into the staging folder and refuses a record file holding
 * another report; the files are then moved into the site, whole folders at once where the site
 * has none, merged where it has (each report's page folder), never over a rendered file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseReport } from '../../src/lib/index.ts'
import { recordFileText } from '../../src/loaders/record-files.ts'
import { moveInto } from '../../src/integrations/report-downloads.ts'
import { writeDownloads } from '../../src/integrations/report-downloads-worker.ts'

const dirs: string[] = []
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'report-downloads-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A file with its folders. */
const put = (file: string, text: string): void => {
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, text)
}

describe('writeDownloads', () => {
  it('writes the JSON, CSV and original of a record file into the staging folder', async () => {
    const seed = 'content/reports/中宁县徐套乡-2021.txt'
    const record = await parseReport(readFileSync(seed), seed)
    const recordFile = join(scratch(), 'record.json')
    writeFileSync(recordFile, recordFileText(record))
    const stage = scratch()
    const out = writeDownloads({ file: recordFile, id: record.id }, stage, process.cwd())
    expect(out.files).toBe(3)
    expect(readFileSync(join(stage, 'data/reports', `${record.id}.json`), 'utf8')).toBe(`${readFileSync(recordFile, 'utf8')}\n`)
    expect(readFileSync(join(stage, 'data/tables', `${record.id}.csv`), 'utf8')).toMatch(/^\ufeff区划代码/)
    expect(readFileSync(join(stage, 'reports', record.id, 'original.txt')).equals(readFileSync(seed))).toBe(true)
    expect(out.bytes).toBe(
      ['data/reports', 'data/tables', `reports/${record.id}`]
        .flatMap((d) => readdirSync(join(stage, d)).map((f) => readFileSync(join(stage, d, f)).length))
        .reduce((a, b) => a + b, 0),
    )
    // A record file that holds another report is refused.
    expect(() => writeDownloads({ file: recordFile, id: '640521205000-2020' }, scratch(), process.cwd())).toThrow(/640521205000-2020/)
  })
})

describe('moveInto', () => {
  it('moves folders the site lacks whole and merges the report folders it has', () => {
    const stage = scratch()
    const site = scratch()
    put(join(stage, 'data/reports/a-2021.json'), '{}')
    put(join(stage, 'data/reports/b-2021.json'), '{}')
    put(join(stage, 'data/tables/a-2021.csv'), 'x')
    put(join(stage, 'reports/a-2021/original.pdf'), 'pdf')
    put(join(site, 'reports/a-2021/index.html'), '<p>')
    put(join(site, 'data/index.html'), '<p>')
    expect(moveInto(stage, site)).toBe(4)
    expect(readdirSync(join(site, 'data/reports')).sort()).toEqual(['a-2021.json', 'b-2021.json'])
    expect(readdirSync(join(site, 'reports/a-2021')).sort()).toEqual(['index.html', 'original.pdf'])
    expect(existsSync(join(site, 'data/index.html'))).toBe(true)
    expect(existsSync(join(stage, 'data/reports'))).toBe(false)
  })

  it('refuses to overwrite a file the build rendered', () => {
    const stage = scratch()
    const site = scratch()
    put(join(stage, 'reports/a-2021/index.html'), 'download')
    put(join(site, 'reports/a-2021/index.html'), 'page')
    expect(() => moveInto(stage, site)).toThrow(/index\.html/)
    expect(readFileSync(join(site, 'reports/a-2021/index.html'), 'utf8')).toBe('page')
  })
})
