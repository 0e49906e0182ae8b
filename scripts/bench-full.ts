/**
 * `npm run bench:full [-- --sizes 1000,10000 --runs 3,1 --sharded 10000]`: the builds of issue 9 at
 * scale, each against its baseline measured in the same run, written to BENCHMARKS.md (or `--out FILE`;
 * `--keep DIR` keeps each sharded site and its corpus for scripts/search-recall.ts).
 *
 * For each size N (a synthetic corpus, `npm run corpus -- N DIR --seed 1`):
 * - the baseline, a minimal Astro 7 site rendering one trivial page per report file, built cold;
 * - this portal (`astro build`), cold (no cache, no dist);
 * - this portal after adding one report (a report of another seed) to the built site;
 * each `--runs` times (one count, or one per size; the median is reported, with every run's seconds), with peak memory,
 * `dist/` bytes per report and the largest HTML page.
 * For each size in `--sharded`: `npm run build:shards` cold, and after adding one report (only its
 * shard and the national pages are rebuilt, the site updated in place), with the largest single
 * build's peak memory and where the seconds went (from the runner's log); then that report changed
 * `--rebuild-runs` times (default 3) each way, alternating: the national pages built beside the
 * shard (the default) and after it (`--wait-for-shards`, the baseline); then changed again with
 * `--full-assembly` (the whole site assembled anew, as before the in-place assembly).
 *
 * The machine is shared and noisy: the ratios to the baseline are the figures to compare.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { scratchProject } from '../tests/support/scratch-project.ts'
import { distSize, measured, median, writeMinimalSite, type Measured } from './lib/build-measure.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2).filter((a) => a !== '--')
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback
}
const numbers = (text: string): number[] => text.split(',').filter(Boolean).map(Number)
const sizes = numbers(option('sizes', '1000'))
const sharded = numbers(option('sharded', ''))
// `--runs 3` for every size, or one count per size (`--runs 3,1`: three at the first, one at the second).
const runCounts = numbers(option('runs', '3')).map((n) => Math.max(1, n))
const rebuildRuns = Math.max(1, Number(option('rebuild-runs', '3')) || 1)
// `--out FILE`: where the results go (default BENCHMARKS.md). `--keep DIR`: keep each sharded site
// and its corpus (DIR/sharded-<N>/dist, DIR/corpus-<N>) for scripts/search-recall.ts.
const out = path.resolve(option('out', path.join(ROOT, 'BENCHMARKS.md')))
const keep = option('keep', '')
const work = mkdtempSync(path.join(tmpdir(), 'bench-full-'))
const started = performance.now()
const log = (line: string): void => console.error(`[bench:full ${((performance.now() - started) / 1000).toFixed(0)} s] ${line}`)
const node = process.execPath
const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs')

/** Files below `dir`, relative (hidden ones left out). */
const filesBelow = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))

/** A corpus of `n` reports (seed `seed`), generated once per run of this script. */
async function corpus(n: number, seed: number, extra: string[] = []): Promise<string> {
  const dir = path.join(work, `corpus-${n}-${seed}`)
  if (!existsSync(dir)) {
    log(`generating ${n} reports (seed ${seed})`)
    await measured(node, ['--import', 'tsx', path.join(ROOT, 'scripts/corpus.ts'), String(n), dir, '--seed', String(seed), ...extra], ROOT)
  }
  return dir
}

/**
 * The report added by the "add one report" runs: a one-report corpus of another seed, for 2025
 * (the corpora span 2019–2024), so it never repeats a report already there.
 */
async function extraReport(): Promise<{ dir: string; file: string }> {
  const dir = await corpus(1, 999, ['--years', '2025-2025', '--faults', '0'])
  return { dir, file: filesBelow(dir)[0]! }
}

/** Copy the added report into `content`, keeping its folders (province first). */
function addReport(extra: { dir: string; file: string }, content: string): void {
  mkdirSync(path.dirname(path.join(content, extra.file)), { recursive: true })
  cpSync(path.join(extra.dir, extra.file), path.join(content, extra.file))
}

/** Where a sharded run's seconds went, from the runner's log lines (scripts/build-shards.ts). */
function phases(output: string): string {
  const shard = [...output.matchAll(/分片 \d+\/\d+ \S+：\d+ 份报告，([\d.]+) 秒/g)].map((m) => `${m[1]} s`)
  const national = /全国页面：([\d.]+) 秒/.exec(output)?.[1]
  const inPlace = /合成：原地更新.*?写入 (\d+) 个文件，删除 (\d+) 个，([\d.]+) 秒/.exec(output)
  const whole = /合成：完整合成.*?链接 (\d+) 个文件，([\d.]+) 秒/.exec(output)
  const assembly = inPlace
    ? `assembly in place ${inPlace[3]} s (${inPlace[1]} files written, ${inPlace[2]} deleted)`
    : whole
      ? `whole assembly ${whole[2]} s (${whole[1]} files linked)`
      : 'assembly not logged'
  return `shard build ${shard.join(' + ') || '–'}, national pages ${national ?? '–'} s, ${assembly}`
}

/**
 * The search index of a build, from its log (src/integrations/pagefind.ts): Pagefind's time, and
 * how long the build waited for it after the pages when it was built beside them.
 */
function searchIndex(output: string, reports: number): { line: string; waitMsPerReport: number | null } {
  const m = /indexed (\d+) report\(s\) into \S+ in (\d+) ms(?:, beside the pages \(the build waited (\d+) ms for it\))?/.exec(output)
  if (!m) return { line: 'search index: not logged', waitMsPerReport: null }
  const total = Number(m[2])
  const waited = m[3] === undefined ? total : Number(m[3])
  return {
    line:
      `search index: ${m[1]} reports in ${(total / 1000).toFixed(1)} s of Pagefind (${(total / reports).toFixed(1)} ms a report)` +
      (m[3] === undefined
        ? ', after the pages'
        : `, beside the pages: the build waited ${(waited / 1000).toFixed(1)} s for it after them (${(waited / reports).toFixed(2)} ms a report)`),
    waitMsPerReport: waited / reports,
  }
}

const seconds = (m: Measured[]): string => m.map((r) => r.seconds.toFixed(1)).join(' / ')
const gb = (mib: number | null): string => (mib === null ? '–' : `${(mib / 1024).toFixed(2)} GB`)
const maxPeak = (m: Measured[]): number | null => (m.some((r) => r.peakMiB !== null) ? Math.max(...m.map((r) => r.peakMiB ?? 0)) : null)
/** The largest peak of all the processes of a build together (Astro and the Pagefind binary beside it). */
const maxTreePeak = (m: Measured[]): number | null =>
  m.some((r) => r.treePeakMiB !== null) ? Math.max(...m.map((r) => r.treePeakMiB ?? 0)) : null
const lines: string[] = []
const targets: string[] = []

for (const [index, N] of sizes.entries()) {
  const runs = runCounts[index] ?? runCounts.at(-1) ?? 3
  const source = await corpus(N, 1)
  // Baseline.
  const minimal = path.join(work, `minimal-${N}`)
  writeMinimalSite(minimal, source, path.join(ROOT, 'node_modules'))
  const base: Measured[] = []
  for (let i = 0; i < runs; i++) {
    rmSync(path.join(minimal, 'dist'), { recursive: true, force: true })
    rmSync(path.join(minimal, '.cache-astro'), { recursive: true, force: true })
    log(`N=${N}: baseline run ${i + 1}/${runs}`)
    base.push(await measured(node, [astro, 'build'], minimal))
  }
  // Portal, cold and with one added report.
  const scratch = scratchProject('bench-full', { withContent: false })
  const portal = scratch.dir
  const extra = await extraReport()
  const cold: Measured[] = []
  const added: Measured[] = []
  let size = distSize(portal)
  for (let i = 0; i < runs; i++) {
    for (const dir of ['dist', '.cache-astro', 'content']) rmSync(path.join(portal, dir), { recursive: true, force: true })
    cpSync(source, path.join(portal, 'content/reports'), { recursive: true })
    cpSync(path.join(ROOT, 'content/places.yaml'), path.join(portal, 'content/places.yaml'))
    log(`N=${N}: portal cold run ${i + 1}/${runs}`)
    cold.push(await measured(node, [astro, 'build'], portal))
    size = distSize(path.join(portal, 'dist'))
    addReport(extra, path.join(portal, 'content/reports'))
    log(`N=${N}: portal with one added report, run ${i + 1}/${runs}`)
    added.push(await measured(node, [astro, 'build'], portal))
  }
  scratch.remove()
  const b = median(base.map((r) => r.seconds))
  const c = median(cold.map((r) => r.seconds))
  const a = median(added.map((r) => r.seconds))
  const perReport = size.bytes / N / 1024
  const indexing = searchIndex(cold.at(-1)!.output, N)
  lines.push(
    `## ${N.toLocaleString('en')} reports, one build`,
    '',
    '| build | median wall time (runs) | ratio to baseline | peak memory (Node) | peak memory, all processes |',
    '|---|---|---|---|---|',
    `| minimal Astro 7 site, one trivial page per report (baseline) | ${b.toFixed(1)} s (${seconds(base)}) | 1.0× | ${gb(maxPeak(base))} | ${gb(maxTreePeak(base))} |`,
    `| this portal, cold | ${c.toFixed(1)} s (${seconds(cold)}) | ${(c / b).toFixed(1)}× | ${gb(maxPeak(cold))} | ${gb(maxTreePeak(cold))} |`,
    `| this portal, one report added | ${a.toFixed(1)} s (${seconds(added)}) | ${(a / b).toFixed(1)}× | ${gb(maxPeak(added))} | ${gb(maxTreePeak(added))} |`,
    '',
    `Last cold run's ${indexing.line}.`,
    '',
    `\`dist/\`: ${(size.bytes / 1024 / 1024).toFixed(1)} MB in ${size.files} files, ${perReport.toFixed(0)} KB per report; largest HTML page ${(size.largestHtml.bytes / 1024).toFixed(0)} KB (\`${size.largestHtml.path}\`).`,
    '',
  )
  if (N >= 10_000) {
    targets.push(
      `| cold build at ${N} ≤ 2× baseline | ${(c / b).toFixed(1)}× | ${c / b <= 2 ? 'met' : 'missed'} |`,
      `| peak memory at ${N} ≤ 4 GB (all processes of the build) | ${gb(maxTreePeak(cold))} | ${(maxTreePeak(cold) ?? 0) <= 4096 ? 'met' : 'missed'} |`,
      `| search indexing at ${N} ≤ 5 ms a report (what it adds to the cold build's wall time) | ${indexing.waitMsPerReport === null ? '–' : `${indexing.waitMsPerReport.toFixed(2)} ms`} | ${indexing.waitMsPerReport !== null && indexing.waitMsPerReport <= 5 ? 'met' : 'missed'} |`,
    )
  }
  targets.push(
    `| no HTML page over 200 KB (${N}) | ${(size.largestHtml.bytes / 1024).toFixed(0)} KB | ${size.largestHtml.bytes <= 200 * 1024 ? 'met' : 'missed'} |`,
    `| \`dist/\` ≤ 150 KB per report (${N}) | ${perReport.toFixed(0)} KB | ${perReport <= 150 ? 'met' : 'missed'} |`,
  )
}

for (const N of sharded) {
  const source = await corpus(N, 1)
  const scratch = scratchProject('bench-shards', { withContent: false })
  const portal = scratch.dir
  // The corpus is written as DIR/<province>/<county>/…: each province folder is a shard.
  cpSync(source, path.join(portal, 'content'), { recursive: true })
  cpSync(path.join(ROOT, 'content/places.yaml'), path.join(portal, 'content/places.yaml'))
  const shards = readdirSync(path.join(portal, 'content'), { withFileTypes: true }).filter(
    (e) => e.isDirectory() && !e.name.startsWith('.'),
  ).length
  log(`N=${N}: sharded cold build (${shards} shards)`)
  const cold = await measured(node, ['--import', 'tsx', 'scripts/build-shards.ts'], portal)
  const size = distSize(path.join(portal, 'dist'))
  const extra = await extraReport()
  addReport(extra, path.join(portal, 'content'))
  log(`N=${N}: sharded build with one added report (${extra.file})`)
  const added = await measured(node, ['--import', 'tsx', 'scripts/build-shards.ts'], portal)
  // That report changed, alternately with the national pages beside its shard and after it.
  const beside: Measured[] = []
  const after: Measured[] = []
  for (let i = 0; i < rebuildRuns; i++) {
    for (const [runs, flags] of [
      [after, ['--wait-for-shards']],
      [beside, []],
    ] as const) {
      appendFileSync(path.join(portal, 'content', extra.file), '\n')
      log(`N=${N}: that report changed, national pages ${flags.length ? 'after' : 'beside'} its shard, run ${i + 1}/${rebuildRuns}`)
      runs.push(await measured(node, ['--import', 'tsx', 'scripts/build-shards.ts', ...flags], portal))
    }
  }
  appendFileSync(path.join(portal, 'content', extra.file), '\n')
  log(`N=${N}: sharded build with that report changed, whole assembly`)
  const whole = await measured(node, ['--import', 'tsx', 'scripts/build-shards.ts', '--full-assembly'], portal)
  if (keep) {
    const kept = path.join(path.resolve(keep), `sharded-${N}`)
    rmSync(kept, { recursive: true, force: true })
    mkdirSync(kept, { recursive: true })
    renameSync(path.join(portal, 'dist'), path.join(kept, 'dist'))
    rmSync(path.join(path.resolve(keep), `corpus-${N}`), { recursive: true, force: true })
    renameSync(source, path.join(path.resolve(keep), `corpus-${N}`))
    log(`N=${N}: kept the site in ${kept}/dist and its corpus in ${path.resolve(keep)}/corpus-${N}`)
  }
  scratch.remove()
  const perReport = size.bytes / N / 1024
  lines.push(
    `## ${N.toLocaleString('en')} reports in ${shards} shards (\`npm run build:shards\`, ${cpus().length} at a time)`,
    '',
    "| build | wall time | largest single build's peak memory | peak memory, all processes |",
    '|---|---|---|---|',
    `| cold | ${cold.seconds.toFixed(1)} s | ${gb(cold.peakMiB)} | ${gb(cold.treePeakMiB)} |`,
    `| one report added (its shard and the national pages rebuilt, side by side) | ${added.seconds.toFixed(1)} s | ${gb(added.peakMiB)} | ${gb(added.treePeakMiB)} |`,
    `| that report changed, national pages beside its shard (median of ${rebuildRuns}: ${seconds(beside)}) | ${median(beside.map((r) => r.seconds)).toFixed(1)} s | ${gb(maxPeak(beside))} | ${gb(maxTreePeak(beside))} |`,
    `| that report changed, national pages after its shard (\`--wait-for-shards\`, the baseline; median of ${rebuildRuns}: ${seconds(after)}) | ${median(after.map((r) => r.seconds)).toFixed(1)} s | ${gb(maxPeak(after))} | ${gb(maxTreePeak(after))} |`,
    `| that report changed again, whole assembly (\`--full-assembly\`) | ${whole.seconds.toFixed(1)} s | ${gb(whole.peakMiB)} | ${gb(whole.treePeakMiB)} |`,
    '',
    `One report added: ${phases(added.output)}. Changed, beside (last run): ${phases(beside.at(-1)!.output)}. Changed, after (last run): ${phases(after.at(-1)!.output)}. Changed again with the whole assembly: ${phases(whole.output)}.`,
    '',
    `\`dist/\`: ${(size.bytes / 1024 / 1024).toFixed(1)} MB in ${size.files} files, ${perReport.toFixed(0)} KB per report; largest HTML page ${(size.largestHtml.bytes / 1024).toFixed(0)} KB (\`${size.largestHtml.path}\`).`,
    '',
  )
  const changed = median(beside.map((r) => r.seconds))
  targets.push(
    `| one report added or changed at ${N}, sharded: ≤ 20 s | added ${added.seconds.toFixed(1)} s, changed ${changed.toFixed(1)} s (median of ${rebuildRuns}) | ${Math.max(added.seconds, changed) <= 20 ? 'met' : 'missed'} |`,
  )
}

const text = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench:full -- ${args.join(' ')}\` (scripts/bench-full.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
  `Corpora: \`npm run corpus -- N DIR --seed 1\` (real townships, 3–6 years each; text, Markdown, web pages and Word files; 5% break one identity). The added report is the one of \`npm run corpus -- 1 DIR --seed 999\`.`,
  'The machine is shared and noisy: compare the ratios to the baseline of the same run, not the seconds across runs.',
  '',
  ...lines,
  '## Targets (issue 9)',
  '',
  '| target | measured | |',
  '|---|---|---|',
  ...targets,
  '',
].join('\n')
writeFileSync(out, text)
console.log(text)
rmSync(work, { recursive: true, force: true })
