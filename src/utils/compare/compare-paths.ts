/** The addresses of the compare page's data files, under the site's base (src/utils/paths.ts). */
import { withBase } from '../paths.ts'

/** The figures of one county's townships (compare-counties.ts). */
export const compareCountyPath = (county: string): string => withBase(`/data/compare/${encodeURIComponent(county)}.json`)
/** The first level of the place index: provinces, prefectures, counties. */
export const comparePlacesPath = (): string => withBase('/data/compare/places.json')
/** A township list by its key (compare-place-index.ts `listKey`: `<province>` or `<province>/<prefecture>`). */
export const compareListPath = (list: string): string =>
  withBase(`/data/compare/places/${list.split('/').map(encodeURIComponent).join('/')}.json`)
