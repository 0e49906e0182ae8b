/** The size and SHA-256 of a file, read as a stream (never whole into memory). */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** A file's size in bytes and its SHA-256 (lowercase hex). */
export interface FileDigest {
  bytes: number
  sha256: string
}

/** Read `file` once for its size and SHA-256. */
export async function fileDigest(file: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}
