/**
 * The kinds of files in a built site (`dist/`) and their weights: every file falls in exactly one
 * kind, by its path; bytes per report divide by the number of report pages.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** The kinds, first match wins; paths are relative to dist/ with "/" separators. */
export const pageKinds: readonly { kind: string; test: RegExp }[] = [
  { kind: 'report page', test: /^reports\/[^/]+\/index\.html$/ },
  { kind: 'source page', test: /^reports\/[^/]+\/source\/index\.html$/ },
  { kind: 'original file', test: /^reports\/[^/]+\/original[^/]*$/ },
  { kind: 'report JSON', test: /^data\/reports\/[^/]+\.json$/ },
  { kind: 'report CSV', test: /^data\/reports\/[^/]+\.csv$/ },
  { kind: 'report table CSV (Excel)', test: /^data\/tables\/[^/]+\.csv$/ },
  { kind: 'township page', test: /^places\/(?:\d{12}|x-[^/]+)\/index\.html$/ },
  { kind: 'other place pages', test: /^places\// },
  { kind: 'year pages', test: /^years\// },
  { kind: 'compare page and data', test: /^(?:compare|data\/compare)\// },
  { kind: 'bulk downloads (other data/)', test: /^data\// },
  { kind: 'coverage matrix pages', test: /^coverage\/county\/[^/]+\/index\.html$/ },
  { kind: 'coverage summary pages', test: /^coverage\/(?:[^/]+\/)?index\.html$/ },
  { kind: 'coverage CSV', test: /^coverage\/.*\.csv$/ },
  { kind: 'search index (pagefind/)', test: /^pagefind\// },
  { kind: 'styles and scripts (_astro/)', test: /^_astro\// },
  { kind: 'other', test: /(?:)/ },
]

/** One kind's weight. */
export interface KindWeight {
  kind: string
  files: number
  bytes: number
  largest: { path: string; bytes: number }
}

/** The weights of a built site. */
export interface DistWeights {
  /** Report pages (the divisor of "per report"). */
  reports: number
  total: number
  kinds: KindWeight[]
  /** Every file's kind and size, largest first. */
  files: { path: string; kind: string; bytes: number }[]
}

/** The kind of one file of dist/ (path relative to dist/, "/" separators). */
export function kindOf(relative: string): string {
  return pageKinds.find((k) => k.test.test(relative))!.kind
}

/** Walk `dist` and weigh every file by kind (kinds in `pageKinds` order, empty kinds left out). */
export function distWeights(dist: string): DistWeights {
  const files: DistWeights['files'] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        const relative = path.relative(dist, full).split(path.sep).join('/')
        files.push({ path: relative, kind: kindOf(relative), bytes: statSync(full).size })
      }
    }
  }
  walk(dist)
  files.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
  const kinds = pageKinds.flatMap(({ kind }) => {
    const own = files.filter((f) => f.kind === kind)
    if (own.length === 0) return []
    return [
      { kind, files: own.length, bytes: own.reduce((sum, f) => sum + f.bytes, 0), largest: { path: own[0].path, bytes: own[0].bytes } },
    ]
  })
  return {
    reports: files.filter((f) => f.kind === 'report page').length,
    total: files.reduce((sum, f) => sum + f.bytes, 0),
    kinds,
    files,
  }
}
