/**
 * Fixture cases: one folder each under fixtures/ (`input.txt` and `expected.json`), and the
 * shared corpus's folders in tests/fixtures/ that hold an `expected-structure.json` (the five
 * seeds) — each `{ sections, metadata }`. The seeds' expectations were checked by hand against
 * the files. Regenerate with `UPDATE=1 npx vitest run tests/lib/structure` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findMetadata } from '../../../src/lib/structure/metadata/index.ts'
import { findSections } from '../../../src/lib/structure/sections.ts'
import { linesOf } from './lines.ts'

const own = join(import.meta.dirname, 'fixtures')
const shared = join(import.meta.dirname, '../../fixtures')
/** Each case: its name, input and expectation. */
const cases = [
  ...readdirSync(own)
    .filter((name) => existsSync(join(own, name, 'input.txt')))
    .map((name) => ({ name, input: join(own, name, 'input.txt'), expected: join(own, name, 'expected.json') })),
  ...readdirSync(shared)
    .filter((name) => existsSync(join(shared, name, 'expected-structure.json')))
    .map((name) => ({ name, input: join(shared, name, 'input.txt'), expected: join(shared, name, 'expected-structure.json') })),
].sort((a, b) => a.name.localeCompare(b.name))

describe('fixtures', () => {
  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
  })

  for (const { name, input, expected: expectedPath } of cases) {
    it(`reads sections and metadata of ${name}`, () => {
      const lines = linesOf(readFileSync(input, 'utf8'))
      const sections = findSections(lines)
      const actual = { sections, metadata: findMetadata(lines, sections) }
      if (process.env.UPDATE) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n')
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
    })
  }
})
