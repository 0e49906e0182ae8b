/**
 * Prints the source text a Word file (.docx or .doc) reads as, and on stderr the time taken, the
 * number of lines, the title and the diagnostics: for reviewing a Word fixture by hand.
 * Run: npx tsx tests/lib/read/docx/dump.ts tests/fixtures/<case>/input.docx
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { readerFor } from '../../../../src/lib/read/index.ts'

/** Read `path` with the reader for its ending and print what it gives. */
async function dump(path: string): Promise<void> {
  const file = new VFile({ path })
  const reader = readerFor(path)
  if (!reader) throw new Error(`no reader for ${path}`)
  const start = performance.now()
  const root = await reader.read(readFileSync(path), file)
  const ms = performance.now() - start
  process.stdout.write(String(file.value ?? ''))
  console.error(`${ms.toFixed(1)} ms, ${root?.children.length ?? 0} lines, title ${JSON.stringify(file.data.htmlTitle ?? null)}`)
  for (const m of file.messages) console.error(`${m.line ?? ''}:${m.column ?? ''} ${m.ruleId} ${m.reason}`)
}

if (process.argv[2]) await dump(process.argv[2])
