/**
 * The report downloads written beside the pages (src/integrations/report-downloads.ts): the
 * worker writes one report's files into the staging folder, keeps them when the record is
 * unchanged, and refuses a record file holding another report; the files are then linked into
 * the site, never over a rendered file; the staged files are rewritten when the code that makes
 * them changes (every module it imports outside the engine is fingerprinted).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseReport } from '../../src/lib/index.ts'
import { recordFileText } from '../../src/loaders/record-files.ts'
import { downloadSources, downloadsFingerprint, linkInto } from '../../src/integrations/report-downloads.ts'
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
    expect(out.written).toBe(true)
    expect(out.files).toEqual([`data/reports/${record.id}.json`, `data/tables/${record.id}.csv`, `reports/${record.id}/original.txt`])
    expect(readFileSync(join(stage, 'data/reports', `${record.id}.json`), 'utf8')).toBe(`${readFileSync(recordFile, 'utf8')}\n`)
    expect(readFileSync(join(stage, 'data/tables', `${record.id}.csv`), 'utf8')).toMatch(/^\ufeff区划代码/)
    expect(readFileSync(join(stage, 'reports', record.id, 'original.txt')).equals(readFileSync(seed))).toBe(true)
    expect(out.bytes).toBe(
      ['data/reports', 'data/tables', `reports/${record.id}`]
        .flatMap((d) => readdirSync(join(stage, d)).map((f) => readFileSync(join(stage, d, f)).length))
        .reduce((a, b) => a + b, 0),
    )
    // Staged from this record and all there: kept, nothing written.
    const csv = join(stage, 'data/tables', `${record.id}.csv`)
    writeFileSync(csv, 'kept')
    expect(writeDownloads({ file: recordFile, id: record.id, staged: out }, stage, process.cwd())).toMatchObject({
      written: false,
      bytes: 0,
    })
    expect(readFileSync(csv, 'utf8')).toBe('kept')
    // A file missing, or a record changed (its checks across years, under the same file name): written again.
    rmSync(join(stage, 'reports', record.id, 'original.txt'))
    expect(writeDownloads({ file: recordFile, id: record.id, staged: out }, stage, process.cwd()).written).toBe(true)
    expect(readFileSync(csv, 'utf8')).toMatch(/^\ufeff区划代码/)
    writeFileSync(csv, 'kept')
    writeFileSync(recordFile, recordFileText({ ...record, publishedOn: '2022-01-20' }))
    const again = writeDownloads({ file: recordFile, id: record.id, staged: out }, stage, process.cwd())
    expect(again.written).toBe(true)
    expect(again.hash).not.toBe(out.hash)
    expect(readFileSync(csv, 'utf8')).toMatch(/^\ufeff区划代码/)
    // A record file that holds another report is refused.
    expect(() => writeDownloads({ file: recordFile, id: '640521205000-2020' }, scratch(), process.cwd())).toThrow(/640521205000-2020/)
  })
})

describe('linkInto', () => {
  it('links the staged files into the site, beside the pages, sharing their content', () => {
    const stage = scratch()
    const site = scratch()
    put(join(stage, 'data/reports/a-2021.json'), '{}')
    put(join(stage, 'data/tables/a-2021.csv'), 'x')
    put(join(stage, 'reports/a-2021/original.pdf'), 'pdf')
    put(join(site, 'reports/a-2021/index.html'), '<p>')
    linkInto(stage, ['data/reports/a-2021.json', 'data/tables/a-2021.csv', 'reports/a-2021/original.pdf'], site)
    expect(readdirSync(join(site, 'reports/a-2021')).sort()).toEqual(['index.html', 'original.pdf'])
    expect(readFileSync(join(site, 'data/tables/a-2021.csv'), 'utf8')).toBe('x')
    expect(statSync(join(site, 'data/reports/a-2021.json')).ino).toBe(statSync(join(stage, 'data/reports/a-2021.json')).ino)
    expect(existsSync(join(stage, 'data/reports/a-2021.json'))).toBe(true)
  })

  it('refuses to overwrite a file the build rendered', () => {
    const stage = scratch()
    const site = scratch()
    put(join(stage, 'reports/a-2021/index.html'), 'download')
    put(join(site, 'reports/a-2021/index.html'), 'page')
    expect(() => linkInto(stage, ['reports/a-2021/index.html'], site)).toThrow(/index\.html/)
    expect(readFileSync(join(site, 'reports/a-2021/index.html'), 'utf8')).toBe('page')
  })
})

describe('downloadsFingerprint', () => {
  /** The project's own modules `file` imports (relative imports, type-only ones included), transitively. */
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen
    seen.add(file)
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm))
      closure(resolve(dirname(file), m[1]!), seen)
    return seen
  }

  it('covers every module the downloads are made with (the engine, src/lib, by its own fingerprint)', () => {
    const root = process.cwd()
    const modules = [...closure(resolve('src/integrations/report-downloads-worker.ts'))].map((f) => relative(root, f))
    const outside = modules.filter((f) => !f.startsWith('src/lib/'))
    expect(outside).toContain('src/utils/data/wide-csv.ts')
    for (const module of outside)
      if (module !== 'src/integrations/worker-pool.ts')
        expect(
          downloadSources.some((s) => module === s || dirname(module) === s),
          `${module} is not in downloadSources`,
        ).toBe(true)
  })

  it('changes when that code changes', () => {
    const copy = scratch()
    for (const source of [...downloadSources, 'src/lib', 'src/loaders', 'src/schemas'])
      cpSync(source, join(copy, source), { recursive: true })
    const before = downloadsFingerprint(copy)
    expect(downloadsFingerprint(copy)).toBe(before)
    writeFileSync(join(copy, 'src/utils/data/wide-csv.ts'), `${readFileSync('src/utils/data/wide-csv.ts', 'utf8')}\n// changed\n`)
    expect(downloadsFingerprint(copy)).not.toBe(before)
  })
})
