/**
 * Worker thread of the report downloads (./report-downloads.ts, through ./worker-pool.ts): reads
 * one report's record file and writes its download files (src/utils/data/report-downloads.ts)
 * into the staging folder, which the build links into the site once the pages are done; a
 * report whose record is unchanged since its files were staged keeps them. A file is written
 * under a temporary name and renamed into place: a site linked from an earlier build keeps its own copy.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { reportDownloads } from '../utils/data/report-downloads.ts'
import { answerTasks } from './worker-pool.ts'

/** What every task of this worker shares. */
export interface DownloadWorkerData {
  /** Marks the data of this worker (a module imported elsewhere must not answer messages). */
  role: 'report-downloads'
  /** The staging folder: a site's root, holding only the download files. */
  stage: string
  /** The project folder: record source paths are relative to it. */
  root: string
}

/**
 * One task: a record file (absolute path), the id of the report it must hold, and what the
 * staging folder holds for it from an earlier build (the hash of the record its files came from).
 */
export interface DownloadTask {
  file: string
  id: string
  staged?: Staged
}

/** A report's staged downloads: the SHA-256 of the record file they were written from, and their site paths. */
export interface Staged {
  hash: string
  files: string[]
}

export interface DownloadOutput extends Staged {
  /** Bytes written: 0 when the staged files were kept. */
  bytes: number
  written: boolean
}

/**
 * Write the downloads of the record file of `task` under `stage`, unless the files staged for it
 * came from the same record (its content is what they are made of, its original's hash included)
 * and are all there. Throws when the file holds another report.
 */
export function writeDownloads(task: DownloadTask, stage: string, root: string): DownloadOutput {
  const recordBytes = readFileSync(task.file)
  const hash = createHash('sha256').update(recordBytes).digest('base64url')
  const { staged } = task
  if (staged && staged.hash === hash && staged.files.every((f) => existsSync(path.join(stage, f))))
    return { hash, files: staged.files, bytes: 0, written: false }
  const files = reportDownloads(recordBytes, root)
  // The first file is the record's JSON: its name says whose it is.
  if (files[0]!.path !== `data/reports/${task.id}.json`) throw new Error(`${task.file}: holds another record than ${task.id}`)
  let bytes = 0
  for (const file of files) {
    const target = path.join(stage, file.path)
    writeMaking(`${target}.tmp`, file.content)
    renameSync(`${target}.tmp`, target)
    bytes += typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length
  }
  return { hash, files: files.map((f) => f.path), bytes, written: true }
}

/** Write a file, making its folder first if it is missing (every report's JSON and CSV share two folders: no check each time). */
function writeMaking(target: string, content: string | Uint8Array): void {
  try {
    writeFileSync(target, content)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
}

const data = workerData as Partial<DownloadWorkerData> | null
if (parentPort && data?.role === 'report-downloads') {
  const { stage = '', root = process.cwd() } = data
  answerTasks<DownloadTask, DownloadOutput>(parentPort, (input) => writeDownloads(input, stage, root))
}
