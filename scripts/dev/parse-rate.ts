/**
 * Parse rate of the engine alone, per file format, over a folder of reports (a generated corpus):
 *   npx tsx scripts/dev/parse-rate.ts /tmp/corpus [--only txt,md] [--rounds 2]
 * Bytes are read first, so only `parseSource` is timed. For profiling:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/dev/parse-rate.ts /tmp/corpus --only txt
 */
import { readFileSync, readdirSync } from 'node:fs'
import { extname, join } from 'node:path'
import { parseSource, registryOf } from '../../src/lib/index.ts'

const argument = (name: string): string | null => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1]! : null
}
const root = process.argv[2]!
const only = argument('--only')?.split(',') ?? null
const rounds = Number(argument('--rounds') ?? 1)
/** `--keep`: hold every result, as a collection does (the heap then grows with the corpus). */
const keep = process.argv.includes('--keep')
const kept: unknown[] = []
const { registry } = registryOf('content')

/** Every file below `dir`, except the generator's manifest. */
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.startsWith('.') ? [] : [join(dir, e.name)],
  )
const byFormat = new Map<string, { path: string; bytes: Uint8Array }[]>()
for (const path of walk(root).sort()) {
  const format = extname(path).slice(1).toLowerCase()
  if (only && !only.includes(format)) continue
  byFormat.set(format, [...(byFormat.get(format) ?? []), { path, bytes: readFileSync(path) }])
}
for (const [format, files] of [...byFormat].sort()) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  for (let round = 0; round < rounds; round++)
    for (const f of files) {
      const parsed = await parseSource(f.bytes, f.path, { registry })
      if (keep) kept.push(parsed)
    }
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  const cpuSeconds = (used.user + used.system) / 1e6
  const kib = files.reduce((n, f) => n + f.bytes.length, 0) / files.length / 1024
  console.log(
    `${format}\t${files.length} files\t${kib.toFixed(1)} KiB\t${((files.length * rounds) / seconds).toFixed(1)} reports/s\t${((files.length * rounds) / cpuSeconds).toFixed(1)} per CPU second`,
  )
}
