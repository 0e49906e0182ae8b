/**
 * `npm run bench:build [-- N]` (default 1000): the whole-site build at scale, against a baseline
 * measured in the same run. A synthetic corpus of N reports (`npm run corpus`) is built twice:
 * 1. the baseline, a minimal Astro 7 site that renders one trivial page per report file;
 * 2. this portal, from a scratch copy of the project with the corpus as its content/.
 * Each build's wall time and peak memory (the build process's VmHWM, Linux /proc) are recorded,
 * with the portal's ratio to the baseline, dist/ size and the largest HTML page, in bench/BUILD.md.
 * The machines are shared and noisy: the ratio, not the seconds, is the figure to compare.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { scratchProject } from '../tests/support/scratch-project.ts'
import { distSize, measured, writeMinimalSite } from './lib/build-measure.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000)
const work = mkdtempSync(path.join(tmpdir(), `bench-build-${N}-`))
const log = (line: string): void => console.error(`[bench:build] ${line}`)

const node = process.execPath
const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs')

// 1. The corpus.
const corpus = path.join(work, 'corpus')
log(`generating ${N} reports in ${corpus}`)
await measured(node, ['--import', 'tsx', path.join(ROOT, 'scripts/corpus.ts'), String(N), corpus, '--seed', '1'], ROOT)

// 2. The baseline: a minimal Astro site, one trivial page per report file read from disk.
const minimal = path.join(work, 'minimal')
writeMinimalSite(minimal, corpus, path.join(ROOT, 'node_modules'))
log('building the minimal Astro site (baseline)')
const base = await measured(node, [astro, 'build'], minimal)

// 3. The portal, from a scratch copy with the corpus as content/.
const scratch = scratchProject('bench-portal', { withContent: false })
const portal = scratch.dir
cpSync(corpus, path.join(portal, 'content/reports'), { recursive: true })
cpSync(path.join(ROOT, 'content/places.yaml'), path.join(portal, 'content/places.yaml'))
log('building the portal (cold)')
const cold = await measured(node, [astro, 'build'], portal)
const size = distSize(path.join(portal, 'dist'))
const store = statSync(path.join(portal, '.cache-astro/data-store.json')).size

// 4. The results.
const mib = (n: number): string => (n / 1024 / 1024).toFixed(1)
const peak = (m: number | null): string => (m === null ? '–' : `${(m / 1024).toFixed(2)} GB`)
const lines = [
  '# Whole-site build at scale',
  '',
  `Written by \`npm run bench:build -- ${N}\` (scripts/bench-build.ts) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
  `One run of each build, in the same run; the machine is shared, so compare the ratio rather than the seconds.`,
  '',
  `Corpus: ${N} synthetic reports (\`npm run corpus -- ${N} DIR --seed 1\`: real townships, 3–6 years each, text, Markdown, web pages and Word files).`,
  '',
  '| build | wall time | ratio | peak memory |',
  '|---|---|---|---|',
  `| minimal Astro 7 site, one trivial page per report (baseline) | ${base.seconds.toFixed(1)} s | 1.0× | ${peak(base.peakMiB)} |`,
  `| this portal, cold | ${cold.seconds.toFixed(1)} s | ${(cold.seconds / base.seconds).toFixed(1)}× | ${peak(cold.peakMiB)} |`,
  '',
  `Portal output: \`dist/\` ${mib(size.bytes)} MB in ${size.files} files (${(size.bytes / N / 1024).toFixed(0)} KB per report); largest HTML page ${(size.largestHtml.bytes / 1024).toFixed(0)} KB (\`${size.largestHtml.path}\`); Astro data store ${mib(store)} MB.`,
  '',
  'Targets (issue 9) at 10,000 reports: cold build ≤ 2× the baseline and ≤ 4 GB; no HTML page over 200 KB; `dist/` ≤ 150 KB per report.',
  '',
]
mkdirSync(path.join(ROOT, 'bench'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench', `BUILD-${N}.md`), lines.join('\n'))
console.log(lines.join('\n'))
rmSync(work, { recursive: true, force: true })
scratch.remove()
