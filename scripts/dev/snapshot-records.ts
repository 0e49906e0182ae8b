/**
 * Snapshot of every record the engine makes from the repository's inputs (content/ and every
 * fixture input under tests/), keyed by file content so moving files does not change it.
 * Used once per refactor to prove records are unchanged:
 *   npx tsx scripts/dev/snapshot-records.ts > before.jsonl   (on the old commit)
 *   npx tsx scripts/dev/snapshot-records.ts > after.jsonl && diff before.jsonl after.jsonl
 * `--fields a,b` keeps only those top-level fields (to compare the existing ones after new fields are added).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { basename } from 'node:path'
import { parseReport, registryOf } from '../../src/lib/index.ts'

const fieldsArg = process.argv.indexOf('--fields')
const fields = fieldsArg > 0 ? process.argv[fieldsArg + 1]!.split(',') : null
const files = execFileSync('git', ['ls-files', 'content', 'tests'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => (f.startsWith('content/') ? /\.(txt|md|html?)$/i.test(f) : /\/input\.(txt|md|html?)$/.test(f)))
const { registry } = registryOf('content')
const lines = new Map<string, string>()
for (const path of files) {
  const bytes = readFileSync(path)
  const key = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}-${basename(path)}`
  const record = (await parseReport(bytes, basename(path), { registry })) as unknown as Record<string, unknown>
  const kept = fields ? Object.fromEntries(fields.map((f) => [f, record[f]])) : record
  lines.set(key, JSON.stringify({ key, record: kept }))
}
for (const key of [...lines.keys()].sort()) console.log(lines.get(key))
