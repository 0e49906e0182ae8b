/**
 * Worker thread of scripts/bench-search.ts (through src/integrations/worker-pool.ts): parses one
 * report file with the engine and writes its record where the build would,
 * `<site>/data/reports/<id>.json`, with an empty stand-in for its page `<site>/reports/<id>/index.html`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { parseFile } from '../../src/lib/index.ts'
import type { PlaceRegistry } from '../../src/lib/places/types.ts'

export interface RecordWriterData {
  role: 'record-writer'
  site: string
  registry?: PlaceRegistry
}

/** Parse `file` and write its record and page stand-in; the record's id, or null when it has errors. */
export async function writeRecord(site: string, file: string, registry?: PlaceRegistry): Promise<string | null> {
  const record = await parseFile(file, registry)
  if (record.diagnostics.some((d) => d.severity === 'error')) return null
  writeFileSync(path.join(site, 'data', 'reports', `${record.id}.json`), `${JSON.stringify(record)}\n`)
  mkdirSync(path.join(site, 'reports', record.id), { recursive: true })
  writeFileSync(path.join(site, 'reports', record.id, 'index.html'), '')
  return record.id
}

const data = workerData as Partial<RecordWriterData> | null
if (parentPort && data?.role === 'record-writer') {
  const port = parentPort
  mkdirSync(path.join(data.site!, 'data', 'reports'), { recursive: true })
  port.on('message', ({ seq, input }: { seq: number; input: string }) => {
    writeRecord(data.site!, input, data.registry).then(
      (output) => port.postMessage({ seq, output }),
      (error: unknown) => port.postMessage({ seq, error: error instanceof Error ? error.message : String(error) }),
    )
  })
}
