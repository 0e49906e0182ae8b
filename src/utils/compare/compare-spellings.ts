/**
 * Other spellings of the townships the compare picker lists, so that typing the national list's
 * spelling (风山乡) or a registered alias finds the township as its reports write it (凤山乡):
 * the same spellings search indexes (src/utils/search/place-names.ts), from the national list
 * with content/places.yaml applied.
 */
import type { PlaceRegistry } from '../../lib/places/types.ts'
import { placeView } from '../../lib/places/view.ts'
import type { PlaceNode } from '../place/place-tree.ts'
import { townshipSpellings } from '../search/place-names.ts'
import type { Spellings } from './compare-place-index.ts'

/** The other spellings of a township node of the place tree, by `registry`. */
export function treeSpellings(registry: PlaceRegistry): Spellings {
  const view = placeView(registry)
  return (township: PlaceNode) => {
    const organ = township.reports.at(-1)?.organ
    const listed = township.code ? (view.byCode(township.code)?.name ?? null) : null
    return townshipSpellings(
      { township: township.name, county: organ?.county ?? null, code: township.code },
      registry.aliases,
      listed === township.name ? null : listed,
    )
  }
}
