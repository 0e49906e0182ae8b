/**
 * Fixture cases, one folder each under fixtures/: `input.txt` and `expected.json`
 * ({ sections, metadata }). The five seeds' expectations were checked by hand against the files.
 * Regenerate with `UPDATE=1 npx vitest run tests/lib/structure` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findMetadata } from '../../../src/lib/structure/metadata/index.ts'
import { findSections } from '../../../src/lib/structure/sections.ts'
import { linesOf } from './lines.ts'

const root = join(import.meta.dirname, 'fixtures')
const cases = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'input.txt')))
  .sort()

describe('fixtures', () => {
  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
  })

  for (const name of cases) {
    it(`reads sections and metadata of ${name}`, () => {
      const lines = linesOf(readFileSync(join(root, name, 'input.txt'), 'utf8'))
      const sections = findSections(lines)
      const actual = { sections, metadata: findMetadata(lines, sections) }
      const expectedPath = join(root, name, 'expected.json')
      if (process.env.UPDATE) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n')
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
    })
  }
})
