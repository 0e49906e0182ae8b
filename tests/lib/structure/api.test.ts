import { describe, expect, it } from 'vitest'
import * as frontMatter from '../../../src/lib/read/front-matter.ts'
import * as metadata from '../../../src/lib/structure/metadata/index.ts'
import * as sections from '../../../src/lib/structure/sections.ts'

describe('public API', () => {
  it('exports the expected names', () => {
    expect(Object.keys(sections).sort()).toEqual(['findSections'])
    expect(Object.keys(metadata).sort()).toEqual(['findMetadata', 'yearOfTitle'])
    expect(Object.keys(frontMatter).sort()).toEqual(['checkFieldValue', 'splitFrontMatter'])
  })
})
