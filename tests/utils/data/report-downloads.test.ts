/**
 * A report's download files, which the build writes beside its pages and `astro dev` serves:
 * the record's JSON is the loader's record file and a newline, the CSV the wide CSV of the same
 * record, the original the editor's file, under the ending the site publishes it with.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/lib/index.ts'
import { recordFileText } from '../../../src/loaders/record-files.ts'
import { downloadPaths, downloadType, reportDownloads } from '../../../src/utils/data/report-downloads.ts'
import { wideCsv } from '../../../src/utils/data/wide-csv.ts'

const seed = 'content/reports/中宁县徐套乡-2021.txt'

describe('reportDownloads', () => {
  it('gives the record as JSON, its tables as CSV and the original file', async () => {
    const record = await parseReport(readFileSync(seed), seed)
    const text = recordFileText(record)
    const files = reportDownloads(Buffer.from(text), process.cwd())
    expect(files.map((f) => f.path)).toEqual([
      'data/reports/640521205000-2021.json',
      'data/tables/640521205000-2021.csv',
      'reports/640521205000-2021/original.txt',
    ])
    expect(Buffer.from(files[0]!.content).toString('utf8')).toBe(`${text}\n`)
    expect(files[1]!.content).toBe(wideCsv(JSON.parse(text)))
    expect(files[1]!.content).toContain('行政规范性文件')
    expect(Buffer.from(files[2]!.content).equals(readFileSync(seed))).toBe(true)
  })

  it('reads the original relative to the project folder, publishes a web page as text, and fails without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'downloads-'))
    try {
      const html = `<html><body><pre>${readFileSync(seed, 'utf8')}</pre></body></html>`
      writeFileSync(join(dir, 'report.html'), html)
      const record = await parseReport(Buffer.from(html), 'report.html')
      const files = reportDownloads(Buffer.from(recordFileText(record)), dir)
      expect(files[2]!.path).toBe(`reports/${record.id}/original.html.txt`)
      expect(Buffer.from(files[2]!.content).toString('utf8')).toBe(html)
      rmSync(join(dir, 'report.html'))
      expect(() => reportDownloads(Buffer.from(recordFileText(record)), dir)).toThrow(/report\.html/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('names paths and types as the pages link to them', () => {
    const paths = downloadPaths({ id: '640521205000-2021', source: { path: 'a/b/报告.PDF' } } as never)
    expect(paths).toEqual({
      json: 'data/reports/640521205000-2021.json',
      csv: 'data/tables/640521205000-2021.csv',
      original: 'reports/640521205000-2021/original.pdf',
    })
    expect(downloadType(paths.original)).toBe('application/pdf')
    expect(downloadType('reports/x/original.html.txt')).toBe('text/plain; charset=utf-8')
    expect(downloadType(paths.csv)).toBe('text/csv; charset=utf-8')
    expect(downloadType('reports/x/original.wps')).toBe('application/octet-stream')
  })
})
