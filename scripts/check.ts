/**
 * `npm run check [-- PATH...]`: check report files (default: all of content/), say how each was read, and print one
 * compiler-style line per diagnostic, then a summary. Exits 1 when any error was found.
 */
import { collectContent, formatDiagnostics, formatReading, registryOf, summarise } from '../src/lib/index.ts'

// 1. Arguments: files or folders; content/ when none are given.
const args = process.argv.slice(2).filter((a) => a !== '--')
const roots = args.length ? args : ['content']
// 2. The place registry, then every report with the collection checks.
const { registry, diagnostics: registryProblems } = registryOf('content')
const { files, skipped } = await collectContent(roots, { registry })
const records = files.map((f) => f.record)
// 3. What was skipped and why, how each file was read, one line per diagnostic, then the summary.
for (const { path, reason, ruleId } of skipped) console.log(`${path}  info  ${reason}，已跳过  ${ruleId}`)
for (const record of records) console.log(formatReading(record))
for (const d of registryProblems) console.log(`content/places.yaml  ${d.severity}  ${d.message}  ${d.ruleId}`)
const lines = formatDiagnostics(records)
if (lines.length) console.log(lines.join('\n'))
const summary = summarise(records, registryProblems)
console.log(summary.text)
process.exitCode = summary.errors > 0 ? 1 : 0
