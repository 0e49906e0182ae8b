/**
 * `tsx scripts/page-weight.ts DIST [--anatomy PAGE …] [--json]`: where the bytes of a built site go.
 * 1. Every file of DIST is put in one kind (report page, source page, township page, per-report
 *    JSON, pagefind, …; `scripts/lib/page-kinds.ts`); each kind's files, bytes, bytes per report
 *    (reports = report pages) and largest file are printed as a Markdown table.
 * 2. `--anatomy` takes HTML pages (paths relative to DIST) and splits each into what its bytes
 *    are spent on: scoped-style attributes, links, accessible names, hidden text, SVG, text.
 * `--json` prints the figures as JSON instead (for the budget test and bench/PAGE-WEIGHT.md).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { htmlAnatomy } from './lib/html-anatomy.ts'
import { distWeights } from './lib/page-kinds.ts'

const args = process.argv.slice(2)
const dist = args.find((a) => !a.startsWith('--'))
if (!dist) {
  console.error('用法：tsx scripts/page-weight.ts DIST [--anatomy 页面 …] [--json]')
  process.exit(2)
}
const anatomyAt = args.indexOf('--anatomy')
const pages = anatomyAt < 0 ? [] : args.slice(anatomyAt + 1).filter((a) => !a.startsWith('--'))
const weights = distWeights(dist)
const anatomies = pages.map((page) => ({ page, parts: htmlAnatomy(readFileSync(path.join(dist, page), 'utf8')) }))

if (args.includes('--json')) {
  console.log(JSON.stringify({ ...weights, anatomies }, null, 2))
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
