/**
 * Prints what htmlLines makes of a page in the expected.json shape, one line node per line,
 * for reviewing a new fixture before saving it as its expected.json.
 * Run: npx tsx tests/lib/read/html/dump.ts tests/lib/read/html/fixtures/<case>/input.html
 */
import { readFileSync } from 'node:fs'
import { htmlLines } from '../../../../src/lib/read/html/lines.ts'

/** Render the htmlLines result of `html` as expected.json text. */
export function expectedJson(html: string): string {
  const out = htmlLines(html)
  const rows = out.lines.map((l) => JSON.stringify({ line: l.position.start.line, layout: l.layout, cells: l.cells.map((c) => c.text) }))
  return `{\n  "title": ${JSON.stringify(out.title)},\n  "lines": [\n    ${rows.join(',\n    ')}\n  ]\n}\n`
}

if (process.argv[2]) process.stdout.write(expectedJson(readFileSync(process.argv[2], 'utf8')))
