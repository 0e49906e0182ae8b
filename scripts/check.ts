/**
 * `npm run check [-- PATH...] [-- --format json]`: check report files (default: all of content/), say how each was read,
 * and print one compiler-style line per diagnostic (`path:line:column  错误|警告|提示  message  rule-id`), then a
 * summary naming the files that cannot be published. `--format json` prints the same as one JSON object
 * (src/lib/collection/check-result.ts). Exits 1 when any error was found.
 */
import {
  checkResult,
  collectContent,
  progressLine,
  formatDiagnostic,
  formatDiagnostics,
  formatReading,
  registryOf,
  summarise,
} from '../src/lib/index.ts'

// 1. Arguments: files or folders (content/ when none are given), and the output format.
const args = process.argv.slice(2).filter((a) => a !== '--')
const formatAt = args.findIndex((a) => a === '--format' || a.startsWith('--format='))
const format = formatAt < 0 ? 'text' : args[formatAt].includes('=') ? args[formatAt].split('=')[1] : args[formatAt + 1]
if (format !== 'text' && format !== 'json') {
  console.error(`--format 只能是 text 或 json（收到：${format ?? '空'}）`)
  process.exit(2)
}
const paths = args.filter((_, i) => formatAt < 0 || (i !== formatAt && (args[formatAt].includes('=') || i !== formatAt + 1)))
const roots = paths.length ? paths : ['content']
// 2. The place registry, then every report with the collection checks.
const { registry, diagnostics: registryProblems } = registryOf('content')
// Progress goes to stderr, so stdout stays the findings (or the JSON) alone.
const progress = progressLine('检查报告', (line) => console.error(line))
const { files, skipped } = await collectContent(roots, { registry, progress })
const records = files.map((f) => f.record)
// 3. What was skipped and why, how each file was read, one line per diagnostic, then the summary (or all of it as JSON).
const summary = summarise(records, registryProblems)
if (format === 'json') console.log(JSON.stringify(checkResult(records, skipped, registryProblems), null, 2))
else {
  for (const { path, reason, ruleId } of skipped) console.log(`${path}  提示  ${reason}，已跳过  ${ruleId}`)
  for (const record of records) console.log(formatReading(record))
  for (const d of registryProblems) console.log(formatDiagnostic('content/places.yaml', d))
  const lines = formatDiagnostics(records)
  if (lines.length) console.log(lines.join('\n'))
  console.log(summary.text)
}
process.exitCode = summary.errors > 0 ? 1 : 0
