/**
 * Sizes of the quality overview (bench/QUALITY-OVERVIEW.md): for each synthetic corpus given,
 * build the portal from a scratch copy (as scripts/bench-build.ts does), then measure the overview
 * and findings pages, the findings index, the findings files per province and year, the largest
 * HTML page of the whole site, and what the tally of rule results adds to each light record.
 *
 *   npx tsx scripts/bench-quality.ts 1000=/tmp/ov-1k 10000=/tmp/ps-corpus10k
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { ReportRecord } from '../src/lib/types.ts'
import { lightRecord } from '../src/utils/shard/light-record.ts'
import { scratchProject } from '../tests/support/scratch-project.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const runs = process.argv.slice(2).map((arg) => {
  const [label, corpus] = arg.split('=')
  if (!label || !corpus) throw new Error(`expected N=CORPUS_DIR, got ${arg}`)
  return { label, corpus }
})

/** Every file below `dir`, relative. */
const filesBelow = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))

/** Bytes as KB with one decimal. */
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
/** Raw and gzip size of a file. */
const sizes = (file: string): string => {
  const bytes = readFileSync(file)
  return `${kb(bytes.length)} (gzip ${kb(gzipSync(bytes).length)})`
}

const sections: string[] = []
for (const { label, corpus } of runs) {
  // 1. Build the corpus in a scratch copy.
  const scratch = scratchProject('bench-quality', { withContent: false })
  try {
    cpSync(corpus, path.join(scratch.dir, 'content/reports'), { recursive: true })
    cpSync(path.join(ROOT, 'content/places.yaml'), path.join(scratch.dir, 'content/places.yaml'))
    const started = Date.now()
    const built = await scratch.build()
    if (built.status !== 0) throw new Error(`build of ${label} failed:\n${built.output.slice(-3000)}`)
    console.log(`${label}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    const dist = path.join(scratch.dir, 'dist')

    // 2. Pages and data files of the overview.
    const data = path.join(dist, 'quality/data')
    const files = filesBelow(data).filter((f) => f !== 'index.json')
    const json = files
      .filter((f) => f.endsWith('.json'))
      .map((f) => statSync(path.join(data, f)).size)
      .sort((a, b) => a - b)
    const csv = files
      .filter((f) => f.endsWith('.csv'))
      .map((f) => statSync(path.join(data, f)).size)
      .sort((a, b) => a - b)
    const largestJson = files
      .filter((f) => f.endsWith('.json'))
      .sort((a, b) => statSync(path.join(data, b)).size - statSync(path.join(data, a)).size)[0]!

    // 3. The largest HTML page of the site.
    const html = filesBelow(dist)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ f, bytes: statSync(path.join(dist, f)).size }))
      .sort((a, b) => b.bytes - a.bytes)

    // 4. Light records: the tally of rule results against failed checks only.
    const recordsDir = path.join(scratch.dir, '.cache-astro/report-records')
    let light = 0
    let tally = 0
    let reports = 0
    for (const name of readdirSync(recordsDir)) {
      const record = JSON.parse(readFileSync(path.join(recordsDir, name), 'utf8')) as ReportRecord
      const now = JSON.stringify(lightRecord(record)).length
      const failsOnly = JSON.stringify({
        ...lightRecord(record),
        quality: record.quality.filter((c) => c.status === 'fail').map((c) => ({ ...c, formula: '' })),
      }).length
      light += now
      tally += now - failsOnly
      reports++
    }
    const findings = JSON.parse(readFileSync(path.join(data, 'index.json'), 'utf8')) as {
      provinces: { y: Record<string, { f: Record<string, number> }> }[]
    }
    const total = findings.provinces
      .flatMap((p) => Object.values(p.y))
      .reduce((n, y) => n + Object.values(y.f).reduce((a, b) => a + b, 0), 0)
    sections.push(
      [
        `## ${Number(label).toLocaleString('en')} reports`,
        '',
        '| What | Size |',
        '| --- | --- |',
        `| \`/quality/\` (overview) | ${sizes(path.join(dist, 'quality/index.html'))} |`,
        `| \`/quality/findings/\` (filter page; CSV links per province and year) | ${sizes(path.join(dist, 'quality/findings/index.html'))} |`,
        `| \`/quality/data/index.json\` (findings index) | ${sizes(path.join(data, 'index.json'))} |`,
        `| findings files (JSON), ${json.length} files for ${total.toLocaleString('en')} findings | median ${kb(json[json.length >> 1] ?? 0)}, largest ${sizes(path.join(data, largestJson))} (\`${largestJson}\`), all ${kb(json.reduce((a, b) => a + b, 0))} |`,
        `| findings files (CSV) | median ${kb(csv[csv.length >> 1] ?? 0)}, largest ${kb(csv.at(-1) ?? 0)}, all ${kb(csv.reduce((a, b) => a + b, 0))} |`,
        `| largest HTML page of the site | ${kb(html[0]!.bytes)} (\`${html[0]!.f}\`) |`,
        `| light record (national build's data) | ${(light / reports).toFixed(0)} B a report, of which the tally of rule results ${(tally / reports).toFixed(0)} B |`,
        '',
      ].join('\n'),
    )
  } finally {
    scratch.remove()
  }
}

writeFileSync(
  path.join(ROOT, 'bench/QUALITY-OVERVIEW.md'),
  [
    '# Quality overview: page and data sizes',
    '',
    'Measured by `npx tsx scripts/bench-quality.ts 1000=<corpus> 10000=<corpus>` (corpora from `npm run corpus -- N DIR --seed 1`), each built whole from a scratch copy.',
    'The findings are not on any page: the findings page fetches the files of one province and year that a filter needs (at most 20,000 findings), so its HTML grows with provinces × years, not reports.',
    '',
    ...sections,
  ].join('\n'),
)
console.log(sections.join('\n'))
