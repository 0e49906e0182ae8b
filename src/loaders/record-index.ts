/**
 * The index of a build's record files by input (`<cacheDir>/report-index.json`), written by the
 * loader after each sync: for each report file (path as records show it), a hash of its bytes and
 * its front matter file, and the record file parsed from them. A program outside Astro reads a
 * record it already has instead of parsing the file again: the shard runner makes a shard's
 * summary this way while the shard builds (scripts/shards/early-summary.ts). Records depend on
 * the engine and the place registry too, so the index holds their fingerprint (`salt`); an index
 * of another salt is not used. The build's search index starts from it too, while the pages render
 * (src/integrations/pagefind.ts).
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { engineFingerprint } from './engine-fingerprint.ts'

/** Bump when the index's shape changes. */
const recordIndexFormat = 2

/** One report file's entry. */
export interface RecordIndexEntry {
  /** `inputHash` of the file's bytes and front matter file. */
  input: string
  /** The record file (absolute path). */
  record: string
  /** The record's id (the search index starts from the index while pages render: src/integrations/pagefind.ts). */
  id: string
}

export interface RecordIndex {
  format: typeof recordIndexFormat
  salt: string
  files: Record<string, RecordIndexEntry>
}

/** Where a build with cache folder `cacheDir` keeps its index. */
export function recordIndexFile(cacheDir: string): string {
  return join(cacheDir, 'report-index.json')
}

/** The hash of a report file's input: its bytes and the text of its front matter file ('' when none). */
export function inputHash(bytes: Uint8Array, sidecar: string): string {
  return createHash('sha256').update(bytes).update('\0').update(sidecar).digest('base64url')
}

/** What else decides a record: the engine's code and the place registry (`<contentDir>/places.yaml`). */
export function recordSalt(contentDir: string, root = process.cwd()): string {
  const registry = join(root, contentDir, 'places.yaml')
  const places = existsSync(registry) ? readFileSync(registry) : new Uint8Array()
  return `${engineFingerprint(root)}:${createHash('sha256').update(places).digest('base64url')}`
}

/** Write the index (to a temporary file first, so a reader never sees half of it). */
export function writeRecordIndex(file: string, salt: string, files: Record<string, RecordIndexEntry>): void {
  const index: RecordIndex = { format: recordIndexFormat, salt, files }
  writeFileSync(`${file}.tmp`, JSON.stringify(index))
  renameSync(`${file}.tmp`, file)
}

/** The index of this build's records (the project at `root`, content in `content/`), or null when there is none of this salt. */
export function buildRecordIndex(cacheDir: string, root = process.cwd()): RecordIndex | null {
  return readRecordIndex(recordIndexFile(cacheDir), recordSalt('content', root))
}

/** The record files of an index (absolute paths) with their ids, in the order of the built site's record files (`<id>.json`). */
export function indexedRecords(index: RecordIndex): { file: string; id: string }[] {
  const name = (id: string): string => `${id}.json`
  return Object.values(index.files)
    .map((entry) => ({ file: entry.record, id: entry.id }))
    .sort((a, b) => (name(a.id) < name(b.id) ? -1 : name(a.id) > name(b.id) ? 1 : 0))
}

/** The index in `file` when it exists, is of this format and has `salt`; else null. */
export function readRecordIndex(file: string, salt: string): RecordIndex | null {
  if (!existsSync(file)) return null
  const index = JSON.parse(readFileSync(file, 'utf8')) as Partial<RecordIndex>
  return index.format === recordIndexFormat && index.salt === salt && index.files ? (index as RecordIndex) : null
}
