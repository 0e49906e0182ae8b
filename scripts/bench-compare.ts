/**
 * `npx tsx scripts/bench-compare.ts [N]` (default 1000): what the compare page costs at scale.
 * A synthetic corpus of N reports (`npm run corpus -- N DIR --seed 1`) is built in a scratch copy
 * of the project; then the sizes of the compare page and of the files it fetches are measured:
 * the page HTML, the county data files (/data/compare/<county>.json), the place index
 * (/data/compare/places.json) and the township lists (per province, or per prefecture in a province
 * of more than 4,000 townships). The baseline, from the same
 * build, is what the page held before these files existed: every report's figures inline (the
 * data island of compare-data.ts, rebuilt from all county files). Written to bench/COMPARE.md. Run it under the build lock on a
 * shared machine (`flock /tmp/build.lock npx tsx scripts/bench-compare.ts 1000`).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { readCountyFile, type CountyFile } from '../src/utils/compare/compare-county-file.ts'
import { scratchProject } from '../tests/support/scratch-project.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000)
const log = (line: string): void => console.error(`[bench:compare] ${line}`)

/** Raw and gzip bytes of a file. */
interface Size {
  file: string
  bytes: number
  gzip: number
}

/** The sizes of the files of a folder ending in `.json` (below it too when `deep`), largest first; names relative to it. */
function jsonSizes(dir: string, deep = false): Size[] {
  return readdirSync(dir, { recursive: deep, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.json'))
    .map((f) => ({ ...sizeOf(path.join(f.parentPath, f.name)), file: path.relative(dir, path.join(f.parentPath, f.name)) }))
    .sort((a, b) => b.bytes - a.bytes)
}

/** Raw and gzip bytes of one file. */
function sizeOf(file: string): Size {
  const bytes = readFileSync(file)
  return { file: path.basename(file), bytes: bytes.length, gzip: gzipSync(bytes).length }
}

const kb = (n: number): string => `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KB`
const both = (s: Pick<Size, 'bytes' | 'gzip'>): string => `${kb(s.bytes)} (${kb(s.gzip)} gzip)`
const sum = (sizes: Size[]): Pick<Size, 'bytes' | 'gzip'> => ({
  bytes: sizes.reduce((n, s) => n + s.bytes, 0),
  gzip: sizes.reduce((n, s) => n + s.gzip, 0),
})

// 1. The corpus.
const corpus = mkdtempSync(path.join(tmpdir(), `bench-compare-${N}-`))
log(`generating ${N} reports in ${corpus}`)
const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus.ts', String(N), corpus, '--seed', '1'], {
  cwd: ROOT,
  encoding: 'utf8',
})
if (generated.status !== 0) throw new Error(generated.stderr)

// 2. The build, in a scratch copy with the corpus as its content/.
const scratch = scratchProject('bench-compare', { withContent: false })
cpSync(corpus, path.join(scratch.dir, 'content/reports'), { recursive: true })
cpSync(path.join(ROOT, 'content/places.yaml'), path.join(scratch.dir, 'content/places.yaml'))
log('building the portal')
const built = await scratch.build({ PORTAL_SITE: 'https://www.example-county.gov.cn' })
if (built.status !== 0) throw new Error(built.output.slice(-3000))

// 3. The sizes.
const dist = path.join(scratch.dir, 'dist')
const page = sizeOf(path.join(dist, 'compare/index.html'))
const counties = jsonSizes(path.join(dist, 'data/compare'))
const index = counties.find((s) => s.file === 'places.json')!
const countyFiles = counties.filter((s) => s !== index)
const provinces = jsonSizes(path.join(dist, 'data/compare/places'), true)
const all = sum(countyFiles)
// The baseline: the former inline data island, every report of every county in one JSON.
const island = Buffer.from(
  JSON.stringify({
    reports: countyFiles.flatMap(
      (s) => readCountyFile(JSON.parse(readFileSync(path.join(dist, 'data/compare', s.file), 'utf8')) as CountyFile).reports,
    ),
  }),
)
const before = { bytes: page.bytes + island.length, gzip: page.gzip + gzipSync(island).length }
const median = countyFiles[Math.floor(countyFiles.length / 2)]!
const places = JSON.parse(readFileSync(path.join(dist, 'data/compare/places.json'), 'utf8')) as { townships: number }
// A typical view: two townships of the two largest counties, reached by typing (all province files searched below 5,000 townships).
const typical = sum(countyFiles.slice(0, 2))
const picker = sum([index, ...provinces])
scratch.remove()
rmSync(corpus, { recursive: true, force: true })

// 4. The results.
const lines = [
  '# Compare page at scale',
  '',
  `Written by \`npx tsx scripts/bench-compare.ts ${N}\` on ${new Date().toISOString().slice(0, 10)}, over \`npm run corpus -- ${N} DIR --seed 1\` built in a scratch copy of the project (one build; sizes do not depend on the machine).`,
  `The corpus has ${N} reports of ${places.townships} townships in ${countyFiles.length} county files and ${provinces.length} township lists (one per province below 4,000 townships).`,
  '',
  '| what | size | fetched when |',
  '|---|---|---|',
  `| \`compare/index.html\` | ${both(page)} | always; the same at any corpus size (no figures, no place names) |`,
  `| the same page before the form lost its scope attributes (measured at this size on 2026-12-01) | 53 KB (5.4 KB gzip) | – |`,
  `| baseline: this page with every report's figures inline, as before (the former data island; the former page also drew a default table of every report) | ${both(before)} | – |`,
  `| all county files together | ${both(all)} | never all at once |`,
  `| largest county file \`data/compare/${countyFiles[0]!.file}\` | ${both(countyFiles[0]!)} | a township of that county is chosen |`,
  `| median county file | ${both(median)} | |`,
  `| place index \`data/compare/places.json\` | ${both(index)} | the picker starts |`,
  `| largest township list \`data/compare/places/${provinces[0]!.file}\` | ${both(provinces[0]!)} | the picker searches that province |`,
  `| all township lists (${provinces.length}) | ${both(sum(provinces))} | the first search on a site of ≤ 5,000 townships |`,
  '',
  `A county file grows with that county's reports only: ${(all.bytes / N / 1024).toFixed(1)} KB raw (${(all.gzip / N / 1024).toFixed(2)} KB gzip) a report on average, so a county of 40 townships with six years of reports (240) is about ${(((all.bytes / N) * 240) / 1024).toFixed(0)} KB (${(((all.gzip / N) * 240) / 1024).toFixed(0)} KB gzip).`,
  '',
  `A shared view of two townships in the two largest counties fetches ${both(typical)} of figures (${((typical.gzip / before.gzip) * 100).toFixed(1)} % of the baseline's gzip bytes); the picker, searching every province as it does below 5,000 townships, ${both(picker)} once.`,
  '',
  'At national scale (every township of the 2023 division list, 41,352, five years each; computed by `tests/utils/compare/compare-counties.test.ts`): `places.json` 93 KB (30 KB gzip); province township lists 16–206 KB (largest 27 KB gzip; the largest province, 四川, has 3,111 townships, so every province is one list). Above 5,000 townships the picker loads a list only when a province is chosen, a code is typed, or a typed name matches a province, prefecture or county name.',
  '',
  'A province of 20,000 townships (synthetic: 20 prefectures × 20 counties × 50 townships, five years each; same test) is listed per prefecture: 20 lists of at most 67 KB, where one list would be 1,322 KB. Choosing the province alone then asks for a prefecture before listing townships by name, unless the typed name matches a prefecture or county or four digits of a code are typed; `places.json` for it is 9 KB.',
  '',
]
writeFileSync(path.join(ROOT, 'bench/COMPARE.md'), lines.join('\n'))
console.log(lines.join('\n'))
