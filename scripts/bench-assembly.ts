/**
 * `node --import tsx scripts/bench-assembly.ts PROJECT SHARD [ROUNDS]`: the shard assembly alone,
 * whole against in place (scripts/shards/assemble.ts), on the outputs of a sharded build already in
 * PROJECT/.shards (e.g. a scratch copy built by `npm run build:shards`), without Astro. Each round
 * "rebuilds" the national pages and SHARD (a first-level folder name) as a build does, fresh files
 * with the same bytes and three pages changed, then assembles the whole site (and deletes the site
 * it replaced, as the next run would) and, after another such rebuild, updates it in place.
 * Works in a temporary folder (hard links to the outputs); run it under the build lock.
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { assembleSite } from './shards/assemble.ts'
import { filesBelow } from './shards/site-layout.ts'

const [project, shardName, roundsText = '3'] = process.argv.slice(2).filter((a) => a !== '--')
if (!project || !shardName) {
  console.error('usage: node --import tsx scripts/bench-assembly.ts PROJECT SHARD [ROUNDS]')
  process.exit(2)
}
const shardsDir = path.join(path.resolve(project), '.shards')
// The shards in the runner's order (by folder name), from each output's summary.
const shards = readdirSync(shardsDir)
  .filter((d) => !d.startsWith('_') && !['summaries', 'assembly', 'previous-dist'].includes(d))
  .map((slug) => ({
    slug,
    name: (JSON.parse(readFileSync(path.join(shardsDir, slug, 'dist/shard/summary.json'), 'utf8')) as { shard: string }).shard,
  }))
  .sort((a, b) => a.name.localeCompare(b.name))
const changedShard = shards.find((s) => s.name === shardName)
if (!changedShard) throw new Error(`no shard ${shardName} in ${shardsDir}`)
const work = mkdtempSync(path.join(tmpdir(), 'bench-assembly-'))
mkdirSync(work, { recursive: true })
for (const dir of ['_national', ...shards.map((s) => s.slug)])
  execFileSync('cp', ['-al', path.join(shardsDir, dir, 'dist'), path.join(work, dir)])
const input = (whole: boolean) => ({
  national: path.join(work, '_national'),
  shards: shards.map((s) => ({ slug: s.slug, name: s.name, dist: path.join(work, s.slug) })),
  out: path.join(work, 'dist'),
  previous: path.join(work, 'previous-dist'),
  record: path.join(work, 'assembly'),
  whole,
})
let edit = 0
/** What a build does to `dir`: every file written anew (here: copied), a few pages changed. */
function rebuild(dir: string): void {
  cpSync(dir, `${dir}.new`, { recursive: true })
  rmSync(dir, { recursive: true })
  cpSync(`${dir}.new`, dir, { recursive: true })
  rmSync(`${dir}.new`, { recursive: true })
  for (const page of filesBelow(dir)
    .filter((f) => f.endsWith('.html'))
    .slice(0, 3))
    appendFileSync(path.join(dir, page), `<!-- ${edit++} -->`)
}
const seconds = (f: () => unknown): number => {
  const t = performance.now()
  f()
  return (performance.now() - t) / 1000
}
console.log(`first assembly (whole, no record): ${seconds(() => assembleSite(input(false))).toFixed(2)} s`)
console.log('round\tassembly\tseconds\tfiles written\tfiles deleted\tdeleting the replaced site (s)')
for (let round = 1; round <= Number(roundsText); round++)
  for (const whole of [true, false]) {
    rebuild(path.join(work, '_national'))
    rebuild(path.join(work, changedShard.slug))
    let result: ReturnType<typeof assembleSite> | undefined
    const s = seconds(() => (result = assembleSite(input(whole))))
    const rm = seconds(() => rmSync(path.join(work, 'previous-dist'), { recursive: true, force: true }))
    console.log(`${round}\t${result!.mode}\t${s.toFixed(2)}\t${result!.written}\t${result!.removed}\t${rm.toFixed(2)}`)
  }
rmSync(work, { recursive: true, force: true })
