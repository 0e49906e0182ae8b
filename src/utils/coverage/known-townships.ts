/**
 * The townships a county is known to have: the national division list (2023 统计用区划代码)
 * with content/places.yaml applied (corrections, additions). The matrix lists them even when the
 * portal holds no report of theirs, so a township that never published shows as missing.
 */
import { join } from 'node:path'
import { registryOf } from '../../lib/index.ts'
import { emptyRegistry, type PlaceRegistry } from '../../lib/places/types.ts'
import { placeView } from '../../lib/places/view.ts'

/** A township of the list: its 12-digit code and name. */
export interface KnownTownship {
  code: string
  name: string
}

let registry: PlaceRegistry | null = null

/** The registry of `content/` (read once per build; the same file the loader reads). */
function siteRegistry(): PlaceRegistry {
  registry ??= registryOf(join(process.cwd(), 'content')).registry ?? emptyRegistry()
  return registry
}

/** The townships of the county with this 6-digit code, in code order; none for any other key. */
export function knownTownships(countyKey: string, places: PlaceRegistry = siteRegistry()): KnownTownship[] {
  if (!/^\d{6}$/.test(countyKey)) return []
  return placeView(places)
    .inScope(countyKey)
    .map((t) => ({ code: t.code, name: t.name }))
    .sort((a, b) => a.code.localeCompare(b.code))
}
