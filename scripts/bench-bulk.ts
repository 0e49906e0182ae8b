/**
 * `npx tsx scripts/bench-bulk.ts [N]` (default 1000; run under `flock /tmp/build.lock`): the bulk data
 * of a portal build at scale, against the single files it replaced, measured in the same run.
 * 1. A synthetic corpus of N reports (`npm run corpus`, seed 1) is built in a scratch copy of the
 *    portal; the build's own log line gives the time of its bulk step, its manifest the files.
 * 2. From the built records (dist/data/reports/<id>.json), in this process: the old single files
 *    (data/cells.csv and data/reports.json, with the code that made them) and the new bulk files
 *    (writeBulkFiles), each timed, the new ones checked to be the same bytes as the build's.
 * Results go to bench/BULK-DATA.md. The machine is shared: compare ratios rather than seconds.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { ReportRecord } from '../src/lib/types.ts'
import type { BulkManifest } from '../src/utils/data/bulk/bulk-manifest.ts'
import { formatBytes } from '../src/utils/data/bulk/manifest-groups.ts'
import { writeBulkFiles } from '../src/utils/data/bulk/write-bulk-files.ts'
import { cellsCsv } from '../src/utils/data/cells-csv.ts'
import { scratchProject } from '../tests/support/scratch-project.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000)
const work = mkdtempSync(path.join(tmpdir(), `bench-bulk-${N}-`))
const log = (line: string): void => console.error(`[bench:bulk] ${line}`)

/** Run a command to the end; its output, or an error with its tail. */
function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
    let output = ''
    child.stdout.on('data', (b: Buffer) => (output += b.toString()))
    child.stderr.on('data', (b: Buffer) => (output += b.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${cmd} failed (${code}):\n${output.slice(-3000)}`))))
  })
}

/** Milliseconds a step takes, and its result. */
async function timed<T>(step: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await step()
  return { ms: performance.now() - start, value }
}

// 1. The corpus, and the portal built from it.
const corpus = path.join(work, 'corpus')
log(`generating ${N} reports`)
await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/corpus.ts'), String(N), corpus, '--seed', '1'], ROOT)
const scratch = scratchProject('bench-bulk', { withContent: false })
cpSync(corpus, path.join(scratch.dir, 'content/reports'), { recursive: true })
cpSync(path.join(ROOT, 'content/places.yaml'), path.join(scratch.dir, 'content/places.yaml'))
log('building the portal')
const build = await timed(() => scratch.build())
if (build.value.status !== 0) throw new Error(`build failed:\n${build.value.output.slice(-3000)}`)
const stepLine = build.value.output.split('\n').find((l) => l.includes('批量数据：') && l.includes('用时'))
const stepSeconds = Number(/用时 ([\d.]+) 秒/.exec(stepLine ?? '')?.[1] ?? NaN)
const dist = path.join(scratch.dir, 'dist')
const built = JSON.parse(readFileSync(path.join(dist, 'data/bulk/manifest.json'), 'utf8')) as BulkManifest

// 2. The records as published, the old single files and the new bulk files from them.
const folder = path.join(dist, 'data/reports')
const records = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as ReportRecord)
log(`${records.length} records; making the old single files and the new bulk files`)
const oldCells = await timed(() => Buffer.from(cellsCsv(records)))
const oldJson = await timed(() => Buffer.from(JSON.stringify(records) + '\n'))
const again = path.join(work, 'bulk')
mkdirSync(again)
const fresh = await timed(() => writeBulkFiles(records, again))
const same = fresh.value.files.every((f, i) => f.sha256 === built.files[i]?.sha256) && fresh.value.files.length === built.files.length

// 3. The results.
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
const oldBytes = oldCells.value.length + oldJson.value.length
const t = built.totals
const manifestBytes = readFileSync(path.join(dist, 'data/bulk/manifest.json')).length
const largest = [...built.files].sort((a, b) => b.bytes - a.bytes)[0]!
const parquetCells = built.files.filter((f) => f.table === 'cells' && f.format === 'parquet').reduce((n, f) => n + f.bytes, 0)
const gzCells = built.files.filter((f) => f.table === 'cells' && f.format === 'csv.gz').reduce((n, f) => n + f.bytes, 0)
const lines = [
  '# Bulk data at scale',
  '',
  `Written by \`flock /tmp/build.lock npx tsx scripts/bench-bulk.ts ${N}\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
  `Corpus: ${N} synthetic reports (\`npm run corpus -- ${N} DIR --seed 1\`), ${t.cells.toLocaleString('en-US')} table cells. One run; the machine is shared, so compare ratios rather than seconds.`,
  '',
  '## Bytes',
  '',
  '| download | files | bytes | per report |',
  '|---|---|---|---|',
  `| before: \`data/cells.csv\` (every cell) | 1 | ${formatBytes(oldCells.value.length)} | ${kb(oldCells.value.length / N)} |`,
  `| before: \`data/reports.json\` (every record) | 1 | ${formatBytes(oldJson.value.length)} | ${kb(oldJson.value.length / N)} |`,
  `| before, together | 2 | ${formatBytes(oldBytes)} | ${kb(oldBytes / N)} |`,
  `| before, if the server gzips them (level 6) | 2 | ${formatBytes(gzipSync(oldCells.value).length + gzipSync(oldJson.value).length)} | ${kb((gzipSync(oldCells.value).length + gzipSync(oldJson.value).length) / N)} |`,
  `| after: cells as gzip CSV | ${t.partitions} | ${formatBytes(gzCells)} | ${kb(gzCells / N)} |`,
  `| after: cells as Parquet | ${t.partitions} | ${formatBytes(parquetCells)} | ${kb(parquetCells / N)} |`,
  `| after: reports tables (gzip CSV + Parquet) | ${2 * t.partitions} | ${formatBytes(t.bytes - gzCells - parquetCells)} | ${kb((t.bytes - gzCells - parquetCells) / N)} |`,
  `| after, every bulk file (both formats) | ${t.files} | ${formatBytes(t.bytes)} | ${kb(t.bytes / N)} |`,
  `| after: \`data/bulk/manifest.json\` | 1 | ${formatBytes(manifestBytes)} | – |`,
  '',
  `${t.partitions} partitions (province × year); the largest file is \`${largest.path}\`, ${formatBytes(largest.bytes)}. The full records stay downloadable one report at a time (\`data/reports/<id>.json\`, unchanged).`,
  `A researcher who wants every cell downloads ${formatBytes(parquetCells)} of Parquet instead of ${formatBytes(oldCells.value.length)} of CSV (${(oldCells.value.length / parquetCells).toFixed(0)}× less), in files of one province and year.`,
  '',
  '## Time',
  '',
  '| step | time | ratio |',
  '|---|---|---|',
  `| before: the two single files from the records in memory (\`cellsCsv\` + \`JSON.stringify\`, baseline) | ${(oldCells.ms + oldJson.ms).toFixed(0)} ms | 1.0× |`,
  `| after: \`writeBulkFiles\` from the same records, in this process | ${fresh.ms.toFixed(0)} ms | ${(fresh.ms / (oldCells.ms + oldJson.ms)).toFixed(1)}× |`,
  `| after: the bulk step inside the portal build (its log line) | ${(stepSeconds * 1000).toFixed(0)} ms | ${((stepSeconds * 1000) / (oldCells.ms + oldJson.ms)).toFixed(1)}× |`,
  `| the whole portal build, for scale | ${(build.ms / 1000).toFixed(1)} s | – |`,
  '',
  `The files written here are ${same ? 'byte for byte the same as' : '**not** the same as'} the build's (same SHA-256 for every file): the bulk files depend only on the records.`,
  '',
  'Memory: before, each single file was one string of the whole corpus (plus an array of every CSV line) held until Astro wrote it;',
  'after, the step holds one report of CSV text and one Parquet row group (at most 100,000 rows) at a time, besides the records the build has loaded anyway.',
  '',
]
mkdirSync(path.join(ROOT, 'bench'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench', 'BULK-DATA.md'), lines.join('\n'))
console.log(lines.join('\n'))
rmSync(work, { recursive: true, force: true })
scratch.remove()
