/**
 * Worker thread of the report downloads (./report-downloads.ts, through ./worker-pool.ts): reads
 * one report's record file and writes its download files (src/utils/data/report-downloads.ts)
 * into the staging folder, which the build moves into the site once the pages are done.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { reportDownloads } from '../utils/data/report-downloads.ts'
import type { WorkerReply } from './worker-pool.ts'

/** What every task of this worker shares. */
export interface DownloadWorkerData {
  /** Marks the data of this worker (a module imported elsewhere must not answer messages). */
  role: 'report-downloads'
  /** The staging folder: a site's root, holding only the download files. */
  stage: string
  /** The project folder: record source paths are relative to it. */
  root: string
}

/** One task: a record file (absolute path) and the id of the report it must hold. */
export interface DownloadTask {
  file: string
  id: string
}

export interface DownloadOutput {
  /** Files written, and their bytes. */
  files: number
  bytes: number
}

/** Write the downloads of the record file of `task` under `stage`; throws when the file holds another report. */
export function writeDownloads(task: DownloadTask, stage: string, root: string): DownloadOutput {
  const files = reportDownloads(readFileSync(task.file), root)
  // The first file is the record's JSON: its name says whose it is.
  if (files[0]!.path !== `data/reports/${task.id}.json`) throw new Error(`${task.file}: holds another record than ${task.id}`)
  let bytes = 0
  for (const file of files) {
    writeMaking(path.join(stage, file.path), file.content)
    bytes += typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length
  }
  return { files: files.length, bytes }
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
  const port = parentPort
  const { stage = '', root = process.cwd() } = data
  port.on('message', ({ seq, input }: { seq: number; input: DownloadTask }) => {
    let reply: WorkerReply<DownloadOutput>
    try {
      reply = { seq, output: writeDownloads(input, stage, root) }
    } catch (error) {
      reply = { seq, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(reply)
  })
}
