/**
 * One report, every format an editor may have: seed 004 (徐套乡 2021) as text, Markdown, a CMS
 * web page, a split-table page, .docx, .doc, a ruled PDF and a PDF without lines gives the same
 * cells (row, column, value), organ, year and sections as the text version. Seed 000 likewise as
 * text, a one-line HTML fragment, a GBK page, an .mht and a PDF.
 */
import { describe, expect, it } from 'vitest'
import { parseFile, registryOf } from '../../../src/lib/index.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'

const { registry } = registryOf('content')

/** The same report in each format, the text version first. */
const versions: Record<string, string[]> = {
  'seed 004': [
    'seed-004-xutao-2021/input.txt',
    'markdown-gfm/input.md',
    'html-trs-editor/input.html',
    'html-split-table/input.html',
    'html-split-table-repeated-header/input.html',
    'docx-seed-004/input.docx',
    'doc-seed-004/input.doc',
    'pdf-lattice-seed-004/input.pdf',
    'pdf-stream-seed-004/input.pdf',
  ],
  'seed 000': [
    'seed-000-halazhigou-2021/input.txt',
    'html-one-line-fragment/input.html',
    'html-gbk-meta/input.html',
    'mht-seed-000/input.mht',
    'docx-seed-000/input.docx',
    'pdf-lattice-seed-000/input.pdf',
  ],
}

/** Every cell of a record as "table|row|column=value". */
function cells(record: ReportRecord): string[] {
  return (['proactive', 'requests', 'appeals'] as const).flatMap((k) =>
    (record.tables[k]?.cells ?? []).map((c) => `${k}|${c.row}|${c.column}=${c.value}`),
  )
}

/** What identifies the report: organ, place, year and section numbers. */
function outline(record: ReportRecord): unknown {
  return {
    organ: record.organ,
    year: record.year,
    sections: record.sections.map((s) => s.number),
    formats: [record.tables.proactive?.format, record.tables.requests?.format],
  }
}

describe('the same report in every format', { timeout: 60_000 }, () => {
  for (const [name, [text, ...others]] of Object.entries(versions)) {
    for (const other of others) {
      it(`${name}: ${other} reads as ${text}`, async () => {
        const [want, got] = await Promise.all([
          parseFile(`tests/fixtures/${text}`, registry),
          parseFile(`tests/fixtures/${other}`, registry),
        ])
        expect(cells(want).length).toBeGreaterThan(100)
        expect(cells(got)).toEqual(cells(want))
        expect(outline(got)).toEqual(outline(want))
        expect(got.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      })
    }
  }
})
