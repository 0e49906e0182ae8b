/**
 * Snapshot of every record the engine makes from the repository's inputs (content/ and every
 * fixture input under tests/), keyed by file content so moving files does not change it.
 * Used once per refactor to prove records are unchanged:
 *   npx tsx scripts/dev/snapshot-records.ts > before.jsonl   (on the old commit)
 *   npx tsx scripts/dev/snapshot-records.ts > after.jsonl && diff before.jsonl after.jsonl
 * `--fields a,b` keeps only those top-level fields; `--drop` a list of dotted field paths to leave out
 * (`--drop narrative,source.reader,cells.page`: `cells.x` drops x from every table cell), to compare
 * the existing fields after new ones were added.
 * `--all-formats` takes every input a reader takes (PDF, Word, .mht, unreadable bytes too), not only
 * text, Markdown and web pages; `--dirs a,b` adds every file below those folders (a generated corpus);
 * `--text` adds the SHA-256 of each file's source text (what the source view shows).
 * `--collect DIR` instead snapshots `collectContent([DIR])` in its order: each file's record (with the
 * collection checks) and text digest, the skipped files, and the progress counts reported.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { basename, join } from 'node:path'
import { collectContent, parseSource, readers, registryOf } from '../../src/lib/index.ts'

const argument = (name: string): string | null => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1]! : null
}
const fields = argument('--fields')?.split(',') ?? null
const drops = argument('--drop')?.split(',') ?? []
const allFormats = process.argv.includes('--all-formats')
const withText = process.argv.includes('--text')
const dirs = argument('--dirs')?.split(',') ?? []
const collect = argument('--collect')

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

/** One snapshot line: the record as asked for, and the digest of its text when `--text`. */
function line(key: string, record: Record<string, unknown>, text: string): string {
  dropFields(record)
  const kept = fields ? Object.fromEntries(fields.map((f) => [f, record[f]])) : record
  const digest = withText ? { text: createHash('sha256').update(text).digest('hex') } : {}
  return JSON.stringify({ key, record: kept, ...digest })
}

const sha16 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16)
const { registry } = registryOf('content')

if (collect) {
  // The collection in its own order: records with the collection checks, what was skipped, the progress counts.
  const counts: string[] = []
  const { files, skipped } = await collectContent([collect], { registry, progress: (done, total) => counts.push(`${done}/${total}`) })
  for (const f of files) console.log(line(`${sha16(f.bytes)}-${f.path}`, f.record as unknown as Record<string, unknown>, f.text))
  for (const s of skipped) console.log(JSON.stringify({ skipped: s }))
  console.log(JSON.stringify({ progress: counts }))
} else {
  const endings = readers.flatMap((r) => r.extensions)
  const readable = (f: string): boolean => endings.some((e) => f.toLowerCase().endsWith(e))
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : readable(e.name) ? [join(dir, e.name)] : [],
    )
  const files = [
    ...execFileSync('git', ['ls-files', 'content', 'tests'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) =>
        allFormats
          ? f.startsWith('content/')
            ? readable(f)
            : /\/input\.[a-z]+$/.test(f) && !f.endsWith('.json')
          : f.startsWith('content/')
            ? /\.(txt|md|html?)$/i.test(f)
            : /\/input\.(txt|md|html?)$/.test(f),
      ),
    ...dirs.flatMap(walk),
  ]
  const lines = new Map<string, string>()
  for (const path of files) {
    const bytes = readFileSync(path)
    const key = `${sha16(bytes)}-${basename(path)}`
    const { record, text } = await parseSource(bytes, basename(path), { registry })
    lines.set(key, line(key, record as unknown as Record<string, unknown>, text))
  }
  for (const key of [...lines.keys()].sort()) console.log(lines.get(key))
}
