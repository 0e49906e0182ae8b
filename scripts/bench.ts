/**
 * `npm run bench`: engine throughput on one core, as a ratio to the read floor (reading and
 * decoding the same files), both measured in this run; plus how parse time scales with input
 * size. Results are written to bench/RESULTS.md (committed, readable).
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { decodeReport } from '../src/lib/read/decode.ts'
import { parseReport } from '../src/lib/index.ts'

// 1. The corpus: the sample reports and the layout fixtures (seed-like reports).
const dirs = [
  'content/reports',
  ...readdirSync('tests/fixtures')
    .filter((d) => d.startsWith('layout-') || d.startsWith('seed-'))
    .map((d) => join('tests/fixtures', d)),
]
const paths = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => /^(input\.|.*\.(txt|md|html)$)/.test(f) && !f.startsWith('expected'))
    .map((f) => join(d, f)),
)
const seconds = Number(process.env.BENCH_SECONDS ?? 4)

/** Run `work` over the corpus repeatedly for `seconds`; reports per second. */
async function rate(work: (path: string) => unknown): Promise<number> {
  for (const p of paths) await work(p)
  let n = 0
  const start = performance.now()
  while (performance.now() - start < seconds * 1000) for (const p of paths) (await work(p), n++)
  return n / ((performance.now() - start) / 1000)
}

// 2. The read floor and the full parse, alternated three times to even out machine noise.
const floor: number[] = []
const parse: number[] = []
for (let round = 0; round < 3; round++) {
  floor.push(await rate((p) => decodeReport(readFileSync(p))))
  parse.push(await rate((p) => parseReport(readFileSync(p), p)))
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[1]!
const floorRate = median(floor)
const parseRate = median(parse)

// 3. Scaling: time per byte for a report repeated 1×, 8× and 64× (linear parsing keeps it flat).
const base = readFileSync('content/reports/中宁县徐套乡-2021.txt', 'utf8')
const scaling: { k: number; bytes: number; microsPerKb: number }[] = []
for (const k of [1, 8, 64]) {
  const bytes = new TextEncoder().encode(Array.from({ length: k }, () => base).join('\n'))
  const runs = Math.max(3, Math.round(200 / k))
  const start = performance.now()
  for (let i = 0; i < runs; i++) await parseReport(bytes, 'scaled.txt')
  scaling.push({ k, bytes: bytes.length, microsPerKb: ((performance.now() - start) * 1000) / runs / (bytes.length / 1024) })
}

// 4. By format: the same seeds as text, web page, Word and PDF files (tests/fixtures), one format at a time.
const formats: { name: string; pattern: RegExp }[] = [
  { name: 'text (.txt seeds)', pattern: /^seed-\d{3}-/ },
  { name: 'web page (.html/.mht)', pattern: /^(html-(trs-editor|one-line-fragment|gbk-meta|split-table|hanweb|ueditor)|mht-seed)/ },
  { name: 'Word (.docx)', pattern: /^docx-seed-\d{3}$/ },
  { name: 'Word 97–2003 (.doc)', pattern: /^doc-seed-/ },
  { name: 'PDF, ruled tables', pattern: /^pdf-lattice-seed-/ },
  { name: 'PDF, no ruling lines / two-page table', pattern: /^pdf-(stream-seed|two-page)/ },
]
const byFormat: { name: string; files: number; kib: number; rate: number }[] = []
for (const format of formats) {
  const files = readdirSync('tests/fixtures')
    .filter((d) => format.pattern.test(d))
    .flatMap((d) =>
      readdirSync(join('tests/fixtures', d))
        .filter((f) => f.startsWith('input.'))
        .map((f) => join('tests/fixtures', d, f)),
    )
  const cache = new Map(files.map((f) => [f, readFileSync(f)]))
  const rounds: number[] = []
  for (let round = 0; round < 3; round++) {
    let n = 0
    const start = performance.now()
    while (performance.now() - start < (seconds * 1000) / 2 || n < files.length)
      for (const f of files) (await parseReport(cache.get(f)!, f), n++)
    rounds.push(n / ((performance.now() - start) / 1000))
  }
  const kib = files.reduce((sum, f) => sum + cache.get(f)!.length, 0) / files.length / 1024
  byFormat.push({ name: format.name, files: files.length, kib, rate: median(rounds) })
}

// 5. Write the results.
const bytes = paths.reduce((s, p) => s + readFileSync(p).length, 0)
const lines = [
  '# 引擎性能基准（npm run bench）',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on one core (${process.version}); corpus: ${paths.length} seed-like reports, ${(bytes / paths.length / 1024).toFixed(1)} KiB on average. Each rate is the median of three alternating rounds of ${seconds} s.`,
  '',
  '| measure | reports per second | ratio to read floor |',
  '|---|---:|---:|',
  `| read + decode (floor) | ${floorRate.toFixed(0)} | 1.00 |`,
  `| full parse (record + diagnostics) | ${parseRate.toFixed(0)} | ${(floorRate / parseRate).toFixed(2)}× slower |`,
  '',
  'Goal: at least 2,000 reports per second and within 4× of the read floor.',
  '',
  '## Scaling with input size (same report repeated)',
  '',
  '| copies | bytes | µs per KiB |',
  '|---:|---:|---:|',
  ...scaling.map((s) => `| ${s.k} | ${s.bytes} | ${s.microsPerKb.toFixed(1)} |`),
  '',
  '## By file format (the same seed reports, tests/fixtures)',
  '',
  'Full parse of the original file (bytes → record), one core, median of three rounds. Goal for PDFs of 4–6 pages: at least 20 reports per second per core.',
  '',
  '| format | files | KiB on average | reports per second | ratio to text |',
  '|---|---:|---:|---:|---:|',
  ...byFormat.map(
    (f) => `| ${f.name} | ${f.files} | ${f.kib.toFixed(1)} | ${f.rate.toFixed(1)} | ${(byFormat[0]!.rate / f.rate).toFixed(1)}× slower |`,
  ),
  '',
]
mkdirSync('bench', { recursive: true })
writeFileSync('bench/RESULTS.md', lines.join('\n'))
console.log(lines.join('\n'))
