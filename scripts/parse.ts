/**
 * `npm run --silent parse -- FILE...`: print one JSON array with the record of each FILE, in
 * order. Never dies with a stack trace: an unreadable file gets a record with an error.
 */
import { parseFile, registryOf } from '../src/lib/index.ts'

// 1. Arguments: the files, in order.
const files = process.argv.slice(2).filter((a) => a !== '--')
// 2. The place registry of content/, when there is one.
const { registry } = registryOf('content')
// 3. One record per file, printed as a JSON array.
const records: unknown[] = []
for (const path of files) {
  try {
    records.push(await parseFile(path, registry))
  } catch (error) {
    records.push({
      source: { path },
      diagnostics: [{ ruleId: 'internal-error', severity: 'error', message: String(error), line: null, column: null }],
    })
  }
}
process.stdout.write(JSON.stringify(records, null, 2) + '\n')
