/**
 * The record of the last assembly, kept in the shards' work folder (never in the site): which
 * outputs the site was assembled from and how each looked (an identity that changes whenever the
 * output is rebuilt), the files each output writes, the paths several outputs write, and how the
 * site's folder looked when the assembly finished. With it the next assembly updates only what
 * the changed outputs write (scripts/shards/assemble-in-place.ts); without it, or when it does not
 * match the site, the site is assembled whole again.
 *
 * Layout: `<dir>/record.json` (small) and `<dir>/outputs/<key>.txt` (the files of one output, one a line).
 * `record.json` says `updating` while the site is being changed in place: a run that finds it so
 * (the last one was killed) assembles the whole site.
 */
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Output } from './site-layout.ts'

export interface AssemblyRecord {
  /** The assembly code that wrote it: a record of another version is not trusted. */
  version: string
  status: 'complete' | 'updating'
  /** The site folder and its identity when the assembly finished. */
  out: string
  outId: string
  /** The site's address (from the national sitemap index). */
  address: string
  /** Files in the site. */
  files: number
  /** The outputs in order, each with its identity when it was assembled. */
  outputs: { key: string; name: string; dist: string; primary: boolean; id: string }[]
  /** Paths of the site that several outputs write: their keys, in assembly order. */
  shared: Record<string, string[]>
}

/** The assembly code's version: a hash of its modules, so a changed assembly never trusts an older record. */
export const assemblyVersion: string = (() => {
  const hash = createHash('sha256')
  for (const file of ['assemble.ts', 'assemble-in-place.ts', 'assembly-record.ts', 'site-layout.ts'])
    hash.update(readFileSync(path.join(import.meta.dirname, file)))
  return hash.digest('hex').slice(0, 16)
})()

/**
 * The identity of a build output: its folder and the files and folders directly in it. A build
 * empties its output folder and writes everything anew, so every rebuild changes it; reading it
 * costs one folder listing, whatever the output's size.
 */
export function outputId(dir: string): string {
  const hash = createHash('sha256')
  const own = statSync(dir)
  hash.update(`${own.dev}:${own.ino}:${own.mtimeMs}\0`)
  for (const name of readdirSync(dir).sort()) {
    const s = lstatSync(path.join(dir, name))
    hash.update(`${name}\0${s.ino}:${s.mtimeMs}:${s.size}\0`)
  }
  return hash.digest('hex').slice(0, 16)
}

/** The identity of the site folder: replaced, emptied or rebuilt by anything else, it changes. */
export function siteId(dir: string): string | null {
  if (!existsSync(dir)) return null
  const s = statSync(dir)
  return `${s.dev}:${s.ino}:${s.mtimeMs}:${s.ctimeMs}`
}

const recordFile = (dir: string): string => path.join(dir, 'record.json')
const outputFile = (dir: string, key: string): string => path.join(dir, 'outputs', `${key}.txt`)

/** Write `text` to `file` whole or not at all. */
function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(`${file}.tmp`, text)
  renameSync(`${file}.tmp`, file)
}

export function readRecord(dir: string): AssemblyRecord | null {
  try {
    return JSON.parse(readFileSync(recordFile(dir), 'utf8')) as AssemblyRecord
  } catch {
    return null
  }
}

export const writeRecord = (dir: string, record: AssemblyRecord): void => writeWhole(recordFile(dir), JSON.stringify(record))

/** Forget the last assembly (before the site is replaced whole). */
export const forgetRecord = (dir: string): void => rmSync(dir, { recursive: true, force: true })

/** The files (relative to its output folder) an output wrote at the last assembly, or null when not recorded. */
export function readOutputFiles(dir: string, key: string): string[] | null {
  try {
    const text = readFileSync(outputFile(dir, key), 'utf8')
    return text ? text.split('\n') : []
  } catch {
    return null
  }
}

export const writeOutputFiles = (dir: string, key: string, files: string[]): void => writeWhole(outputFile(dir, key), files.join('\n'))

/** The record's entry for each output, to compare with the outputs of this run. */
export const recordedOutputs = (outputs: Output[], ids: string[]): AssemblyRecord['outputs'] =>
  outputs.map((o, i) => ({ key: o.key, name: o.name, dist: o.dist, primary: o.primary, id: ids[i]! }))
