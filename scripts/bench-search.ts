/**
 * `npx tsx scripts/bench-search.ts [--runs 3] [--built DIR] [--large 10000]`: the search index of
 * the build, the former way against the current one in the same run, at 1,000 and 10,000
 * reports, written to bench/SEARCH-INDEX.md. Run it alone (`flock /tmp/build.lock …` here).
 *
 * - Former way (scripts/lib/index-pages-baseline.ts): every built page read; each report page
 *   parsed, its text pre-split and serialised in the main thread, the copy given to Pagefind.
 * - Current way (src/integrations/pagefind.ts `indexSite`): each report's record
 *   (`data/reports/<id>.json`) turned into a small document, by the main thread (the default)
 *   and, for comparison, by worker threads, one per core.
 *
 * 1. 1,000 reports: a synthetic corpus (`npm run corpus`, seed 1) built into a scratch copy of the
 *    portal (one Astro build; `--built DIR` reuses a built site instead). Both ways on its dist/,
 *    alternately, `--runs` times each; the median run is reported.
 * 2. 10,000 reports (`--large N`; 0 skips): a corpus of N parsed by the engine into records, with
 *    empty stand-ins for their pages (no Astro build), for the current way. The former way needs
 *    built pages: it indexes the 1,000 built report pages N/1,000 times each under distinct URLs
 *    (hard links), so its Pagefind part meets fewer distinct words than a real corpus would.
 * Each run: wall time, time in the main thread or the workers, peak memory of this process (main
 * thread and workers) and of the Pagefind binary, index size. The machine is shared and noisy:
 * compare the two ways within a run, not across runs.
 */
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { indexSite } from '../src/integrations/pagefind.ts'
import { poolSize, WorkerPool } from '../src/integrations/worker-pool.ts'
import { registryOf } from '../src/lib/index.ts'
import { scratchProject } from '../tests/support/scratch-project.ts'
import { indexPagesBaseline } from './lib/index-pages-baseline.ts'
import type { RecordWriterData } from './lib/record-writer-worker.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const OUT = path.join(ROOT, 'bench', 'SEARCH-INDEX.md')
const SMALL = 1000
const args = process.argv.slice(2).filter((a) => a !== '--')
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const RUNS = Number(option('runs') ?? 3)
const LARGE = Number(option('large') ?? 10_000)
const BUILT = option('built')
const work = mkdtempSync(path.join(tmpdir(), 'bench-search-'))
const log = (line: string): void => console.error(`[bench:search] ${line}`)
const aliases = registryOf(path.join(ROOT, 'content')).registry?.aliases ?? []

/** Every file below `dir` (not hidden). */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

/** Run a command to its end; reject with its output when it fails. */
function run(cmd: string, argv: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
    let output = ''
    child.stdout.on('data', (b: Buffer) => (output += b.toString()))
    child.stderr.on('data', (b: Buffer) => (output += b.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${cmd} ${argv.join(' ')} failed (${code}):\n${output.slice(-3000)}`)),
    )
  })
}

/** A corpus of `n` reports in `dir` (`npm run corpus`, seed 1). */
async function corpus(n: number, dir: string): Promise<void> {
  log(`generating ${n} reports`)
  await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/corpus.ts'), String(n), dir, '--seed', '1'], ROOT)
}

/** Resident memory of a process in MiB (VmRSS), or 0 when it is gone. */
function rssOf(pid: number | string): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) / 1024 : 0
  } catch {
    return 0
  }
}

/** The child processes of this one (the Pagefind binary while an index is open). */
function children(): string[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' })
      .split(/\s+/)
      .filter(Boolean)
  } catch {
    return []
  }
}

interface Measured {
  ms: number
  /** Pagefind writing the index. */
  writeMs: number
  /** Main-thread pre-splitting (former way) or worker time summed over workers (current way). */
  partMs: number
  pages: number
  peakSelfMiB: number
  peakPagefindMiB: number
  indexKiB: number
}

/** Total size of the files below `dir` in KiB. */
const kibBelow = (dir: string): number => filesBelow(dir).reduce((n, f) => n + statSync(f).size, 0) / 1024

/** Run one way, sampling memory every 200 ms. */
async function measure(
  way: () => Promise<{ ms: number; partMs: number; pages: number; writeMs: number }>,
  outputPath: string,
): Promise<Measured> {
  rmSync(outputPath, { recursive: true, force: true })
  let peakSelf = 0
  let peakPagefind = 0
  const sample = (): void => {
    peakSelf = Math.max(peakSelf, process.memoryUsage().rss / 1024 / 1024)
    peakPagefind = Math.max(
      peakPagefind,
      children().reduce((n, pid) => n + rssOf(pid), 0),
    )
  }
  const timer = setInterval(sample, 200)
  try {
    const result = await way()
    sample()
    const indexKiB = ['index', 'fragment', 'filter'].reduce(
      (n, d) => n + (existsSync(path.join(outputPath, d)) ? kibBelow(path.join(outputPath, d)) : 0),
      0,
    )
    return { ...result, peakSelfMiB: peakSelf, peakPagefindMiB: peakPagefind, indexKiB }
  } finally {
    clearInterval(timer)
  }
}

const former = (site: string, out: string) => () =>
  indexPagesBaseline(site, out).then((r) => ({ ms: r.totalMs, partMs: r.presplitMs, pages: r.indexed, writeMs: r.writeMs }))
const current =
  (site: string, out: string, workers = 0) =>
  () =>
    indexSite({ site, outputPath: out, aliases, workers }).then((r) => ({
      ms: r.totalMs,
      partMs: r.documentMs,
      pages: r.indexed ?? 0,
      writeMs: r.writeMs,
    }))

const FORMER = 'former: pages pre-split in the main thread'
const CURRENT = 'current: record documents (main thread, the default)'
const WORKERS = `current, documents in ${poolSize()} worker threads`

/** The median run by wall time. */
const median = (runs: Measured[]): Measured => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!

interface Row {
  /** Which size: `small` (the built site) or `large`. */
  size: 'small' | 'large'
  reports: string
  way: string
  runs: Measured[]
}

const rows: Row[] = []
let buildLine = ''
let scratch: ReturnType<typeof scratchProject> | null = null
try {
  // 1. A built site of 1,000 reports.
  let site = BUILT ? path.resolve(BUILT) : ''
  if (!site) {
    const dir = path.join(work, 'corpus-1k')
    await corpus(SMALL, dir)
    scratch = scratchProject('bench-search', { withContent: false })
    cpSync(dir, path.join(scratch.dir, 'content/reports'), { recursive: true })
    cpSync(path.join(ROOT, 'content/places.yaml'), path.join(scratch.dir, 'content/places.yaml'))
    log('building the portal (1,000 reports)')
    const built = await scratch.build({ PORTAL_SITE: 'https://www.example-county.gov.cn', NODE_ENV: 'production' })
    if (built.status !== 0) throw new Error(`astro build failed:\n${built.output.slice(-3000)}`)
    buildLine = /\[pagefind\] (indexed .*)/.exec(built.output)?.[1] ?? ''
    site = path.join(scratch.dir, 'dist')
  }
  const reportsBuilt = readdirSync(path.join(site, 'reports')).length
  const out = path.join(work, 'index')

  // 2. The three ways on it, in turn, `RUNS` times.
  const label = reportsBuilt.toLocaleString('en-US')
  const small: Row[] = [FORMER, CURRENT, WORKERS].map((way) => ({ size: 'small', reports: label, way, runs: [] }))
  for (let n = 0; n < RUNS; n++) {
    log(`${reportsBuilt} reports, run ${n + 1}/${RUNS}`)
    small[0]!.runs.push(await measure(former(site, out), out))
    small[1]!.runs.push(await measure(current(site, out), out))
    small[2]!.runs.push(await measure(current(site, out, poolSize()), out))
  }
  rows.push(...small)

  // 3. At scale: records from the engine for the current way, the built pages repeated for the former.
  if (LARGE > 0) {
    const dir = path.join(work, 'corpus-large')
    await corpus(LARGE, dir)
    const large = path.join(work, 'site-large')
    const files = filesBelow(dir)
    log(`parsing ${files.length} reports into records`)
    const data: RecordWriterData = { role: 'record-writer', site: large, registry: registryOf(path.join(ROOT, 'content')).registry }
    const pool = new WorkerPool<string, string | null>(path.join(ROOT, 'scripts/lib/record-writer-worker.ts'), poolSize(), data)
    try {
      await Promise.all(files.map((f) => pool.run(f)))
    } finally {
      await pool.close()
    }
    const records = readdirSync(path.join(large, 'data', 'reports')).length
    const repeated = path.join(work, 'site-large-pages')
    const copies = Math.round(records / reportsBuilt)
    for (const id of readdirSync(path.join(site, 'reports'))) {
      for (let k = 0; k < copies; k++) {
        mkdirSync(path.join(repeated, 'reports', `${id}-${k}`), { recursive: true })
        linkSync(path.join(site, 'reports', id, 'index.html'), path.join(repeated, 'reports', `${id}-${k}`, 'index.html'))
      }
    }
    log(`${records} reports, one run each`)
    const pagesLabel = `${(reportsBuilt * copies).toLocaleString('en-US')} (${label} pages × ${copies})`
    const recordsLabel = `${records.toLocaleString('en-US')} (engine records)`
    rows.push({ size: 'large', reports: pagesLabel, way: FORMER, runs: [await measure(former(repeated, out), out)] })
    rows.push({ size: 'large', reports: recordsLabel, way: CURRENT, runs: [await measure(current(large, out), out)] })
    rows.push({ size: 'large', reports: recordsLabel, way: WORKERS, runs: [await measure(current(large, out, poolSize()), out)] })
  }
} finally {
  rmSync(work, { recursive: true, force: true })
  scratch?.remove()
}

// 4. The results.
const msPerReport = (m: Measured): number => m.ms / m.pages
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const table = rows.map((r) => {
  const m = median(r.runs)
  const all = r.runs.length > 1 ? ` (${r.runs.map((x) => (x.ms / 1000).toFixed(1)).join(', ')})` : ''
  return `| ${r.reports} | ${r.way} | ${m.pages.toLocaleString('en-US')} | ${seconds(m.ms)}${all} | **${msPerReport(m).toFixed(1)}** | ${seconds(m.partMs)} | ${seconds(m.writeMs)} | ${Math.round(m.peakSelfMiB)} MiB | ${Math.round(m.peakPagefindMiB)} MiB | ${(m.indexKiB / 1024).toFixed(1)} MiB |`
})
const ratios = (['small', 'large'] as const).flatMap((size) => {
  const [before, after, threads] = rows.filter((r) => r.size === size).map((r) => median(r.runs))
  if (!before || !after || !threads) return []
  const ratio = (a: Measured, b: Measured): string => (msPerReport(a) / msPerReport(b)).toFixed(1)
  const perReport = (ms: number): string => (ms / after.pages).toFixed(1)
  return [
    `- ${size === 'small' ? 'Built site' : 'At scale'}: ${msPerReport(before).toFixed(1)} → ${msPerReport(after).toFixed(1)} ms a report (${ratio(before, after)}× faster); with worker threads ${msPerReport(threads).toFixed(1)} ms (${ratio(before, threads)}×). Where the current way's time goes: Pagefind adding the documents ≈ ${perReport(after.ms - after.writeMs)} ms a report, with the main thread's ${perReport(after.partMs)} ms of writing them inside it, then Pagefind writing the index ${perReport(after.writeMs)} ms a report.`,
  ]
})
/** The issue's target, and whether the current way meets it at scale. */
function target(): string {
  const at = rows.find((r) => r.size === 'large' && r.way === CURRENT)
  const goal = 'Target (issue 9): ≤ 5 ms a report at 10,000 reports, wall time of the whole step'
  if (!at) return `${goal}: not measured in this run.`
  const ms = msPerReport(median(at.runs))
  return `${goal}: ${ms <= 5 ? 'met' : 'missed'}, ${ms.toFixed(1)} ms a report at ${median(at.runs).pages.toLocaleString('en-US')}.`
}

const lines = [
  '# 检索索引：旧方法与新方法（scripts/bench-search.ts）',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, Pagefind ${JSON.parse(readFileSync(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version}. Command: \`flock /tmp/build.lock npx tsx scripts/bench-search.ts${args.length ? ` ${args.join(' ')}` : ''}\`. The machine is shared by several sessions: compare the ways at one size, measured in the same run, not the seconds across runs.`,
  '',
  '- **Former way**: every built HTML page read; each report page parsed (hast), its text pre-split with `Intl.Segmenter` and serialised, in the main thread; the copy given to Pagefind (`addHTMLFile`).',
  "- **Current way** (`src/integrations/pagefind.ts`): each report's record (`data/reports/<id>.json`) written as a small document (title, place names, table rows as phrases, the report's paragraphs; pre-split), by the main thread while Pagefind adds the previous one (the default), or by worker threads, one per core; Pagefind gets the documents in file order.",
  `- Built site: a synthetic corpus of ${SMALL.toLocaleString('en-US')} reports (\`npm run corpus\`, seed 1) built once by Astro in a scratch copy of the portal; the ways in turn on its dist/, ${RUNS} runs each (the median shown, every run's seconds in brackets).`,
  `- At scale: a corpus of ${LARGE.toLocaleString('en-US')} parsed by the engine into records (no Astro build) for the current way; the former way, which needs built pages, indexes the built report pages repeated under distinct URLs (so its Pagefind part meets fewer distinct words than a real corpus would). One run each.`,
  '- "Writing documents": the former way\'s reading and pre-splitting of pages; the current way\'s reading records and writing documents (summed over workers when there are workers). "Pagefind writing the index" is `writeFiles`, after every page was added. Peak memory: this process (main thread and workers), sampled every 200 ms, and the Pagefind binary.',
  '',
  '| reports | way | indexed | wall time | ms a report | writing documents | Pagefind writing the index | peak memory (Node) | peak memory (Pagefind) | index |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...table,
  '',
  ...ratios,
  '',
  buildLine ? `Inside the ${SMALL.toLocaleString('en-US')}-report Astro build itself, the integration reported: \`${buildLine}\`.` : '',
  '',
  target(),
  '',
]
mkdirSync(path.dirname(OUT), { recursive: true })
writeFileSync(OUT, lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n'))
console.log(`wrote ${path.relative(ROOT, OUT)}`)
