/** What the pipeline's plugins leave on `file.data` for each other. */
import type { ReaderName } from '../read/index.ts'
import type { DraftRecord } from './report-draft.ts'
import type { YearAt } from '../structure/metadata/year-sources.ts'
import type { PlaceResult } from '../places/index.ts'
import type { ReportTables } from '../tables/index.ts'
import type { QualityCheck, SectionRecord } from '../types.ts'
import type { ReportMetadata } from '../structure/metadata/index.ts'
import type { RequestClaim } from '../structure/narrative-claims.ts'

declare module 'vfile' {
  interface DataMap {
    encoding: string | null
    /** Which reader read the file (src/lib/read). */
    reader: ReaderName
    sha256: string
    /** The page `<title>` of a web page, or a document's title property; a fallback for the report title. */
    htmlTitle: string | null
    /** Paged sources (PDF): the 1-based line of `file.value` where each page begins, in page order. */
    pageStarts: number[]
    /** Paged sources (PDF): how many pages the file has. */
    pageCount: number
    sections: SectionRecord[]
    metadata: ReportMetadata
    tables: ReportTables
    place: PlaceResult
    /** What the running text says about received requests (narrative-request-count). */
    requestClaim: RequestClaim | null
    /** The year the front matter sets, if any (the checks say when other sources disagree). */
    frontYear: number | null
    /** The front matter states the report has no statistical table. */
    frontNoTables: boolean
    /** The year of the statistics period the text states, and its line. */
    periodYear: YearAt | null
    /** The quality card as the rules fill it (src/lib/rules/rule.ts). */
    quality: QualityCheck[]
    /** The record without its diagnostics, for the checks and the compiler. */
    draft: DraftRecord
  }
}

export {}
