/**
 * Engine fixtures: one folder per case with `input.<ext>`, the expected record
 * (`expected.json`, diagnostics left out) and the expected diagnostics
 * (`expected-diagnostics.txt`, compiler-style lines). `UPDATE_FIXTURES=1` rewrites the
 * expectations; review the diff by hand before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFile, registryOf } from '../../../src/lib/collection/parse-collection.ts'
import { formatDiagnostic } from '../../../src/lib/collection/format-diagnostics.ts'

const root = 'tests/fixtures'
const update = process.env.UPDATE_FIXTURES === '1'
const { registry } = registryOf('content')

describe('engine fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name)
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))
    if (!input) continue
    it(`parses ${name} as expected`, async () => {
      const record = await parseFile(join(dir, input), registry)
      const { diagnostics, ...data } = record
      const lines = diagnostics.map((d) => formatDiagnostic(input, d)).join('\n') + '\n'
      const dataPath = join(dir, 'expected.json')
      const diagPath = join(dir, 'expected-diagnostics.txt')
      if (update) {
        writeFileSync(dataPath, JSON.stringify(data, null, 2) + '\n')
        writeFileSync(diagPath, lines)
      }
      expect(existsSync(dataPath), `${dataPath} is missing: run UPDATE_FIXTURES=1 and review it`).toBe(true)
      expect(data).toEqual(JSON.parse(readFileSync(dataPath, 'utf8')))
      expect(lines).toBe(readFileSync(diagPath, 'utf8'))
    })
  }
})
