/**
 * The site's URLs follow the base the build was made for (import.meta.env.BASE_URL): at the
 * root (`/`, vitest's default) and under `/gk/nianbao/`.
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { ReportRecord } from '../../src/lib/types.ts'
import { originalPath, placePath, reportJsonPath, reportPath, sourcePath, withBase, yearPath } from '../../src/utils/paths.ts'

const record: Pick<ReportRecord, 'id' | 'source'> = {
  id: '640521205000-2021',
  source: { path: 'content/reports/中宁县徐套乡-2021.PDF', encoding: null, sha256: '', reader: 'pdf', pages: 3 },
}

/** Every helper's URL for the same record, year and place. */
const urls = (): string[] => [
  withBase('/'),
  withBase('/pagefind/pagefind.js'),
  reportPath(record.id),
  sourcePath(record.id),
  sourcePath(record.id, 51),
  originalPath(record),
  originalPath(record, 3),
  reportJsonPath(record.id),
  yearPath(2021),
  placePath('640521'),
]

const atRoot = [
  '/',
  '/pagefind/pagefind.js',
  '/reports/640521205000-2021/',
  '/reports/640521205000-2021/source/',
  '/reports/640521205000-2021/source/#L51',
  '/reports/640521205000-2021/original.pdf',
  '/reports/640521205000-2021/original.pdf#page=3',
  '/data/reports/640521205000-2021.json',
  '/years/2021/',
  '/places/640521/',
]

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('site URLs', () => {
  test('are root-absolute at the root (base /)', () => {
    expect(import.meta.env.BASE_URL).toBe('/')
    expect(urls()).toEqual(atRoot)
  })

  test('are under the base when the site is built for /gk/nianbao/', () => {
    vi.stubEnv('BASE_URL', '/gk/nianbao/')
    expect(urls()).toEqual(atRoot.map((url) => `/gk/nianbao${url}`))
  })
})
