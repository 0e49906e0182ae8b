/**
 * Writes the Word fixtures that are not seed reports in another format: a password-locked .doc,
 * an RTF file and a web page saved with the ending .doc (as WPS and CMS downloads do). All are made
 * by LibreOffice from tests/fixtures/docx-seed-004/input.docx (made by make-office-fixtures.ts).
 *
 * Run: npx tsx tests/support/make-word-fixtures.ts   (re-running rewrites them; LibreOffice stamps times, so bytes differ)
 * Needs: LibreOffice (`soffice`) and Debian's Python 3 with LibreOffice's `uno` module (/usr/bin/python3).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const source = join(root, 'tests/fixtures/docx-seed-004/input.docx')
const work = mkdtempSync(join(tmpdir(), 'word-fixtures-'))

/** Store `source` with a LibreOffice filter (and password) and return the bytes. */
function store(filter: string, ending: string, password?: string): Buffer {
  const out = join(work, `out.${ending}`)
  execFileSync('/usr/bin/python3', [join(root, 'tests/support/office-save.py'), source, out, filter, ...(password ? [password] : [])], {
    stdio: 'pipe',
  })
  return readFileSync(out)
}

/** Write one fixture folder: input file and README. */
function write(name: string, file: string, bytes: Buffer, readme: string): void {
  const dir = join(root, 'tests/fixtures', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, file), bytes)
  writeFileSync(join(dir, 'README.md'), `${readme.trim()}\n\nMade by \`npx tsx tests/support/make-word-fixtures.ts\`.\n`)
  console.log(`${String(bytes.length).padStart(8)}  tests/fixtures/${name}/${file}`)
}

try {
  write(
    'doc-encrypted',
    'input.doc',
    store('MS Word 97', 'doc', 'user'),
    'docx-seed-004/input.docx saved by LibreOffice as Word 97–2003 (.doc) with the open password "user" (RC4 encryption, FIB fEncrypted set): the reader must refuse it with a clear message, never read garbage.',
  )
  write(
    'doc-rtf',
    'input.doc',
    store('Rich Text Format', 'rtf'),
    'docx-seed-004/input.docx saved by LibreOffice as RTF and named .doc, as WPS and some sites do: the reader must ask for a .docx.',
  )
  write(
    'doc-web-page',
    'input.doc',
    store('HTML (StarWriter)', 'html'),
    'docx-seed-004/input.docx saved by LibreOffice as a web page (HTML) and named .doc, as sites publish Word "save as web page" files: read by the HTML reader.',
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
