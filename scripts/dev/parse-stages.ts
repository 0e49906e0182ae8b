/**
 * Time of each stage of the engine (read, then each unified transform), per report, over the files
 * of one format in a folder, after a first warm-up round, in CPU time:
 *   npx tsx scripts/dev/parse-stages.ts /tmp/corpus txt [rounds]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { extname, join } from 'node:path'
import { createHash } from 'node:crypto'
import { VFile } from 'vfile'
import { readerFor, registryOf } from '../../src/lib/index.ts'
import { reportStructure, reportPlace, reportTables } from '../../src/lib/pipeline/report-structure.ts'
import { reportDraft } from '../../src/lib/pipeline/report-draft.ts'
import { reportCorrections } from '../../src/lib/pipeline/report-corrections.ts'
import { reportChecks } from '../../src/lib/pipeline/report-checks.ts'
import { compileRecord } from '../../src/lib/pipeline/report-record.ts'
import '../../src/lib/pipeline/data-map.ts'

const root = process.argv[2]!
const only = process.argv[3]!.split(',')
const rounds = Number(process.argv[4] ?? 3)
const { registry } = registryOf('content')
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.startsWith('.') ? [] : [join(dir, e.name)],
  )
const files = walk(root)
  .filter((p) => only.includes(extname(p).slice(1)))
  .sort()
  .map((path) => ({ path, bytes: readFileSync(path) }))
const stages: [string, (tree: any, file: VFile) => unknown][] = [
  ['structure', reportStructure()],
  ['place', reportPlace({ registry })],
  ['tables', reportTables()],
  ['draft', reportDraft()],
  ['corrections', reportCorrections()],
  ['checks', reportChecks()],
  ['compile', (_t, f) => compileRecord(f)],
]
const t = new Map<string, number>()
/** Milliseconds of CPU time this process has used (steadier than wall time on a shared machine). */
const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const add = (k: string, ms: number) => t.set(k, (t.get(k) ?? 0) + ms)
Error.stackTraceLimit = 0
for (let r = 0; r < rounds; r++) {
  if (r === 1) t.clear()
  for (const { path, bytes } of files) {
    let s = cpuMs()
    const file = new VFile({ path })
    file.data.sha256 = createHash('sha256').update(bytes).digest('hex')
    add('vfile+sha', cpuMs() - s)
    s = cpuMs()
    const tree = await readerFor(path)!.read(bytes, file)
    add('read', cpuMs() - s)
    for (const [name, fn] of stages) {
      s = cpuMs()
      fn(tree, file)
      add(name, cpuMs() - s)
    }
  }
}
const n = files.length * (rounds - 1)
let total = 0
for (const [k, ms] of t) {
  total += ms
  console.log(`${k.padEnd(12)} ${((ms * 1000) / n).toFixed(0).padStart(6)} µs`)
}
console.log(`${'total'.padEnd(12)} ${((total * 1000) / n).toFixed(0).padStart(6)} µs  → ${((n / total) * 1000).toFixed(0)} reports/s`)
