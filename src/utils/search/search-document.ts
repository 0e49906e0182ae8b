/**
 * A report record → the document Pagefind indexes for it (./record-document.ts): its text with
 * the township's other spellings (./place-names.ts) and its search filters.
 */
import type { PlaceAlias } from '../../lib/places/types.ts'
import type { ReportRecord } from '../../lib/types.ts'
import { townshipSpellings } from './place-names.ts'
import { recordDocument } from './record-document.ts'
import { recordText } from './record-text.ts'
import { searchFilters } from './search-filters.ts'

/** What a record is indexed with besides itself. */
export interface SpellingSources {
  /** The aliases of content/places.yaml. */
  aliases: readonly PlaceAlias[]
  /** The national list's name of a township code, or null when it has none. */
  official?: (code: string) => string | null
}

/**
 * The HTML Pagefind indexes for `record`. The national list is asked for its spelling only when
 * the engine found the report's spelling to differ from it (a `place-alias` diagnostic).
 */
export function searchDocument(record: ReportRecord, sources: SpellingSources): string {
  const code = record.organ.code
  const differs = record.diagnostics.some((d) => d.ruleId === 'place-alias')
  const official = code && differs && sources.official ? sources.official(code) : null
  const spellings = townshipSpellings(record.organ, sources.aliases, official)
  return recordDocument(recordText(record, spellings), searchFilters(record))
}
