/**
 * `tsx scripts/page-weight.ts DIST [--anatomy PAGE …] [--json]`, or `… --build N [--seed S]`:
 * where the bytes of a built site go.
 * 1. Every file of DIST is put in one kind (report page, source page, township page, per-report
 *    JSON, pagefind, …; `scripts/lib/page-kinds.ts`); each kind's files, bytes, bytes per report
 *    (reports = report pages) and largest file are printed as a Markdown table.
 * 2. `--anatomy` takes HTML pages (paths relative to DIST; none: the largest report, source and
 *    township page) and splits each into what its bytes are spent on: scoped-style attributes,
 *    links, accessible names, hidden text, SVG, text.
 * 3. `--build N` first generates N reports (`npm run corpus -- N DIR --seed S`, seed 1 unless
 *    given) and builds them in a scratch copy of the project (removed afterwards): the DIST weighed.
 *    `--corpus DIR` builds a corpus already generated in DIR instead (its folders kept).
 *    A build: run it under `flock /tmp/build.lock` on a shared machine.
 * `--json` prints the figures as JSON instead.
 */
import { cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { scratchProject, type ScratchProject } from '../tests/support/scratch-project.ts'
import { writeCorpus } from './corpus/generate.ts'
import { fileFormats } from './corpus/plan.ts'
import { htmlAnatomy } from './lib/html-anatomy.ts'
import { distWeights } from './lib/page-kinds.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2).filter((a) => a !== '--')
/** The value after a flag, or undefined. */
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const corpus = flag('--corpus')
const build = flag('--build') ?? (corpus ? 'corpus' : undefined)
const anatomyAt = args.indexOf('--anatomy')
const pages = anatomyAt < 0 ? [] : args.slice(anatomyAt + 1).filter((a) => !a.startsWith('--'))
let dist = args.find(
  (a, i) => !a.startsWith('--') && !['--build', '--seed', '--corpus'].includes(args[i - 1] ?? '') && (anatomyAt < 0 || i < anatomyAt),
)
if (!dist && !build) {
  console.error(
    '用法：tsx scripts/page-weight.ts DIST [--anatomy 页面 …] [--json]，或 tsx scripts/page-weight.ts --build N [--seed S] | --corpus 目录 [--anatomy 页面 …]',
  )
  process.exit(2)
}

// 1. With --build: the corpus and the build.
let project: ScratchProject | undefined
if (build) {
  const seed = flag('--seed') ?? '1'
  project = scratchProject(`page-weight-${corpus ? 'corpus' : build}`, { withContent: false })
  const started = performance.now()
  const reports = path.join(project.dir, 'content', 'reports')
  if (corpus) cpSync(corpus, reports, { recursive: true })
  else writeCorpus({ count: Number(build), seed, years: [2019, 2024], formats: [...fileFormats], faultShare: 0.05 }, reports)
  cpSync(path.join(ROOT, 'content', 'places.yaml'), path.join(project.dir, 'content', 'places.yaml'))
  console.error(
    `[page-weight] ${corpus ? `corpus ${corpus} copied` : `${build} reports (seed ${seed}) written`}; building in ${project.dir}`,
  )
  const built = await project.build({ PORTAL_SITE: 'https://www.example-county.gov.cn' })
  if (built.status !== 0) {
    console.error(built.output.slice(-4000))
    project.remove()
    process.exit(1)
  }
  console.error(`[page-weight] built in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  dist = path.join(project.dir, 'dist')
}

// 2. The weights and anatomies.
const weights = distWeights(dist!)
const largest = (kind: string): string[] => weights.kinds.filter((k) => k.kind === kind).map((k) => k.largest.path)
const dissected =
  anatomyAt >= 0 && pages.length === 0 ? ['report page', 'source page', 'township page', 'coverage matrix pages'].flatMap(largest) : pages
const anatomies = dissected.map((page) => ({ page, parts: htmlAnatomy(readFileSync(path.join(dist!, page), 'utf8')) }))
project?.remove()

// 3. The report.
if (args.includes('--json')) {
  console.log(JSON.stringify({ ...weights, files: weights.files.slice(0, 20), anatomies }, null, 2))
} else {
  const kb = (n: number): string => (n / 1024).toFixed(1)
  const lines = [
    `${weights.reports} reports, ${kb(weights.total)} KB in all, ${kb(weights.total / weights.reports)} KB per report`,
    '',
    '| kind | files | KB | KB per report | largest file | its KB |',
    '|---|--:|--:|--:|---|--:|',
    ...weights.kinds.map(
      (k) =>
        `| ${k.kind} | ${k.files} | ${kb(k.bytes)} | ${kb(k.bytes / weights.reports)} | \`${k.largest.path}\` | ${kb(k.largest.bytes)} |`,
    ),
  ]
  for (const { page, parts } of anatomies) {
    lines.push('', `\`${page}\` (${kb(parts.total)} KB):`, '', '| part | count | KB | share |', '|---|--:|--:|--:|')
    for (const p of parts.parts) lines.push(`| ${p.part} | ${p.count} | ${kb(p.bytes)} | ${((100 * p.bytes) / parts.total).toFixed(0)}% |`)
  }
  console.log(lines.join('\n'))
}
