/**
 * The engine of this checkout against the engine of another checkout (a git worktree of an older
 * commit), on the same files in the same process, alternating rounds so both see the same machine:
 *   git worktree add --detach /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx scripts/dev/ab-parse.ts /tmp/base /tmp/corpus txt [rounds]
 * Prints the CPU time per report of each engine, per round, and the median ratio.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

type Engine = typeof import('../../src/lib/index.ts')
const [baseDir, root, format, roundsArg] = process.argv.slice(2)
const rounds = Number(roundsArg ?? 5)
const base = (await import(pathToFileURL(resolve(baseDir!, 'src/lib/index.ts')).href)) as Engine
const head = (await import('../../src/lib/index.ts')) as Engine
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.startsWith('.') ? [] : [join(dir, e.name)],
  )
const files = walk(root!)
  .filter((p) => format!.split(',').includes(extname(p).slice(1)))
  .sort()
  .map((path) => ({ path, bytes: readFileSync(path) }))

/** CPU microseconds that parsing one file took. */
async function cpuOf(engine: Engine, registry: unknown, f: (typeof files)[number]): Promise<number> {
  const start = process.cpuUsage()
  await engine.parseSource(f.bytes, f.path, { registry: registry as never })
  const used = process.cpuUsage(start)
  return used.user + used.system
}

// Each file is parsed by both engines back to back (which goes first alternates), so that a burst
// of other work on the machine falls on both alike.
const registries = [base.registryOf('content').registry, head.registryOf('content').registry]
for (const f of files)
  (await base.parseSource(f.bytes, f.path, { registry: registries[0] }),
    await head.parseSource(f.bytes, f.path, { registry: registries[1] }))
const ratios: number[] = []
for (let round = 0; round < rounds; round++) {
  let b = 0
  let h = 0
  for (const [i, f] of files.entries()) {
    if ((i + round) % 2) {
      b += await cpuOf(base, registries[0], f)
      h += await cpuOf(head, registries[1], f)
    } else {
      h += await cpuOf(head, registries[1], f)
      b += await cpuOf(base, registries[0], f)
    }
  }
  ratios.push(b / h)
  console.log(
    `round ${round + 1}: base ${(b / files.length).toFixed(0)} µs, head ${(h / files.length).toFixed(0)} µs per report (${(b / h).toFixed(2)}×)`,
  )
}
const median = [...ratios].sort((a, b) => a - b)[ratios.length >> 1]!
console.log(`${format}: ${files.length} files, head is ${median.toFixed(2)}× as fast as base (median of ${rounds})`)
