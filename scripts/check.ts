/**
 * `npm run check [-- PATH...]`: check report files (default: all of content/), say how each was read, and print one
 * compiler-style line per diagnostic, then a summary. Exits 1 when any error was found.
 */
import { formatDiagnostics, formatReading, parseCollection, registryOf, summarise } from '../src/lib/index.ts'

// 1. Arguments: files or folders; content/ when none are given.
const args = process.argv.slice(2).filter((a) => a !== '--')
const roots = args.length ? args : ['content']
// 2. The place registry, then every report with the collection checks.
const { registry, diagnostics: registryProblems } = registryOf('content')
const records = await parseCollection(roots, registry)
// 3. How each file was read, one line per diagnostic, then the summary.
for (const record of records) console.log(formatReading(record))
for (const d of registryProblems) console.log(`content/places.yaml  ${d.severity}  ${d.message}  ${d.ruleId}`)
const lines = formatDiagnostics(records)
if (lines.length) console.log(lines.join('\n'))
const summary = summarise(records, registryProblems)
console.log(summary.text)
process.exitCode = summary.errors > 0 ? 1 : 0
