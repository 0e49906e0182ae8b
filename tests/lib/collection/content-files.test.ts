/** Every file under content/ is accounted for: a report, a known non-report, litter skipped with its reason, or a named error. */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentFiles } from '../../../src/lib/collection/report-files.ts'
import { collectContent, maxFileBytes } from '../../../src/lib/collection/parse-collection.ts'

/** A content folder with `files` (path → text) below it. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

describe('contentFiles', () => {
  it('skips what browsers, Windows, macOS and Word leave beside reports, saying what each is', () => {
    const root = folder({
      'reports/某乡-2021.html': '<p>x</p>',
      'reports/某乡-2021_files/style.css': 'p{}',
      'reports/某乡-2021_files/frame.html': '<p>x</p>',
      'reports/Thumbs.db': 'x',
      'reports/desktop.ini': 'x',
      'reports/~$某乡-2021.docx': 'x',
      'reports/.DS_Store': 'x',
      'reports/某乡-2021.txt~': 'x',
      '.hidden/a.txt': 'x',
      'places.yaml': 'x',
      'README.md': 'x',
    })
    const found = contentFiles(root)
    expect(found.reports.map((p) => p.slice(root.length + 1))).toEqual(['reports/某乡-2021.html'])
    const skipped = Object.fromEntries(found.skipped.map((s) => [s.path.slice(root.length + 1), s.reason]))
    expect(Object.keys(skipped).sort()).toEqual(
      [
        '.hidden',
        'reports/.DS_Store',
        'reports/Thumbs.db',
        'reports/desktop.ini',
        'reports/~$某乡-2021.docx',
        'reports/某乡-2021.txt~',
        'reports/某乡-2021_files',
      ].sort(),
    )
    expect(skipped['reports/某乡-2021_files']).toMatch(/网页，全部/)
    expect(skipped['reports/~$某乡-2021.docx']).toMatch(/锁文件/)
    expect(found.unreadable).toEqual([])
  })

  it('reads README.md below the top as a report and names a places.yaml there as a misplaced file, never skipping them silently', () => {
    const root = folder({ 'reports/README.md': '说明', 'reports/places.yaml': 'x: 1' })
    const found = contentFiles(root)
    expect(found.reports.map((p) => p.slice(root.length + 1))).toEqual(['reports/README.md'])
    expect(found.unreadable.map((u) => [u.path.slice(root.length + 1), u.ruleId])).toEqual([['reports/places.yaml', 'sidecar-orphan']])
  })

  it('does not follow a link out of the folder, and names a loop and a dangling link', () => {
    const outside = folder({ 'secret.txt': '外部文件' })
    const root = folder({ 'reports/a.txt': 'x' })
    symlinkSync(outside, join(root, 'reports/outside'))
    symlinkSync(join(root, 'reports'), join(root, 'reports/loop'))
    symlinkSync(join(root, 'nowhere'), join(root, 'reports/dangling.txt'))
    symlinkSync(join(root, 'reports/a.txt'), join(root, 'reports/inside.txt'))
    const found = contentFiles(root)
    expect(found.reports.map((p) => p.slice(root.length + 1))).toEqual(['reports/a.txt', 'reports/inside.txt'])
    expect(found.unreadable.map((u) => [u.path.slice(root.length + 1), u.ruleId])).toEqual([
      ['reports/dangling.txt', 'symlink-loop'],
      ['reports/loop', 'symlink-loop'],
      ['reports/outside', 'symlink-outside'],
    ])
  })
})

describe('collectContent', () => {
  it('fails an over-large file without reading it, and gives links their error records', async () => {
    const root = folder({ 'reports/small.txt': '' })
    writeFileSync(join(root, 'reports/huge.txt'), Buffer.alloc(maxFileBytes + 1, 0x20))
    symlinkSync(tmpdir(), join(root, 'reports/tmp'))
    const { files } = await collectContent([root])
    const errors = Object.fromEntries(
      files.map((f) => [f.path.slice(root.length + 1), f.record.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)]),
    )
    expect(errors).toEqual({
      'reports/huge.txt': ['file-too-large'],
      'reports/small.txt': ['empty-file'],
      'reports/tmp': ['symlink-outside'],
    })
  })
})

describe('front matter beside a file (sidecar)', () => {
  it('is a known non-report beside its report; a lone .yaml, or one beside two reports of its name, is a named error', () => {
    const root = folder({
      'r/徐套乡-2021.pdf': '%PDF',
      'r/徐套乡-2021.yaml': 'year: 2021',
      'r/孤立.yaml': 'x: 1',
      'r/兑镇镇-2021.pdf': '%PDF',
      'r/兑镇镇-2021.txt': 'x',
      'r/兑镇镇-2021.yaml': 'year: 2021',
    })
    const found = contentFiles(root)
    const rel = (p: string) => p.slice(root.length + 1)
    expect(found.reports.map(rel)).toEqual(['r/兑镇镇-2021.pdf', 'r/兑镇镇-2021.txt', 'r/徐套乡-2021.pdf'])
    expect([...found.sidecars].map(([report, sidecar]) => [rel(report), rel(sidecar)])).toEqual([
      ['r/徐套乡-2021.pdf', 'r/徐套乡-2021.yaml'],
    ])
    expect(found.unreadable.map((u) => [rel(u.path), u.ruleId])).toEqual([
      ['r/兑镇镇-2021.yaml', 'sidecar-ambiguous'],
      ['r/孤立.yaml', 'sidecar-orphan'],
    ])
    expect(found.unreadable[1]!.message).toMatch(/旁边没有同名的报告文件.*中宁县徐套乡-2021\.pdf 旁边放 中宁县徐套乡-2021\.yaml/)
  })

  it('comes with a single report file checked on its own', async () => {
    const root = folder({ '中宁县徐套乡-2021.yaml': 'publishedOn: 2022-01-18\n' })
    writeFileSync(join(root, '中宁县徐套乡-2021.txt'), readFileSync('content/reports/中宁县徐套乡-2021.txt'))
    const { files } = await collectContent([join(root, '中宁县徐套乡-2021.txt')])
    expect(files[0]!.record.publishedOn).toBe('2022-01-18')
  })

  it('sets what a PDF cannot hold, and names itself in its problems', async () => {
    const root = folder({ '中宁县徐套乡-2021.yaml': 'publishedOn: 2022-01-18\ndocumentNumber: 徐政发〔2022〕1号\nauthor: 某人\n' })
    writeFileSync(join(root, '中宁县徐套乡-2021.pdf'), readFileSync('tests/fixtures/pdf-lattice-seed-004/input.pdf'))
    const { files } = await collectContent([root])
    expect(files).toHaveLength(1)
    const { record, sidecar } = files[0]!
    expect(sidecar).toContain('publishedOn')
    expect(record).toMatchObject({ publishedOn: '2022-01-18', documentNumber: '徐政发〔2022〕1号', year: 2021 })
    expect(record.diagnostics.filter((d) => d.ruleId === 'front-matter').map((d) => d.message)).toEqual([
      expect.stringMatching(/^文件头文件 中宁县徐套乡-2021\.yaml 第 3 行：未知的元数据字段“author”/),
    ])
  })
})
