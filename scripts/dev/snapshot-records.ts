/**
 * Snapshot of every record the engine makes from the repository's inputs (content/ and every
 * fixture input under tests/), keyed by file content so moving files does not change it.
 * Used once per refactor to prove records are unchanged:
 *   npx tsx scripts/dev/snapshot-records.ts > before.jsonl   (on the old commit)
 *   npx tsx scripts/dev/snapshot-records.ts > after.jsonl && diff before.jsonl after.jsonl
 * `--fields a,b` keeps only those top-level fields; `--drop` a list of dotted field paths to leave out
 * (`--drop narrative,source.reader,cells.page`: `cells.x` drops x from every table cell), to compare
 * the existing fields after new ones were added.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { basename } from 'node:path'
import { parseReport, registryOf } from '../../src/lib/index.ts'

const fieldsArg = process.argv.indexOf('--fields')
const fields = fieldsArg > 0 ? process.argv[fieldsArg + 1]!.split(',') : null
const dropArg = process.argv.indexOf('--drop')
const drops = dropArg > 0 ? process.argv[dropArg + 1]!.split(',') : []

/** Remove the `--drop` paths from a record. */
function dropFields(record: Record<string, any>): void {
  for (const path of drops) {
    const [head, tail] = path.split('.', 2) as [string, string | undefined]
    if (head === 'cells' && tail)
      for (const t of Object.values(record.tables ?? {}) as any[]) for (const c of t?.cells ?? []) delete c[tail]
    else if (tail) delete record[head]?.[tail]
    else delete record[head]
  }
}
const files = execFileSync('git', ['ls-files', 'content', 'tests'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => (f.startsWith('content/') ? /\.(txt|md|html?)$/i.test(f) : /\/input\.(txt|md|html?)$/.test(f)))
const { registry } = registryOf('content')
const lines = new Map<string, string>()
for (const path of files) {
  const bytes = readFileSync(path)
  const key = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}-${basename(path)}`
  const record = (await parseReport(bytes, basename(path), { registry })) as unknown as Record<string, unknown>
  dropFields(record)
  const kept = fields ? Object.fromEntries(fields.map((f) => [f, record[f]])) : record
  lines.set(key, JSON.stringify({ key, record: kept }))
}
for (const key of [...lines.keys()].sort()) console.log(lines.get(key))
