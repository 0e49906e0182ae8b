/**
 * The national list as seen through a registry: corrections applied, additions
 * included, aliases resolved. Views are cached per registry object.
 */
import { mentionsOf } from './admin-names.ts'
import { divisionIndex } from './division.ts'
import type { PlaceRegistry, Township } from './types.ts'

/** A township reached through a registry alias. */
export interface AliasTarget {
  township: Township
  alias: string
}

/** Lookups of townships with a registry applied. */
export interface PlaceView {
  byName(name: string): Township[]
  byCode(code: string): Township | null
  /** Townships in a county (6-digit code) or prefecture (4-digit code). */
  inScope(prefix: string): Township[]
  /** Townships that a registry alias maps `name` to. */
  aliasTargets(name: string): Township[]
}

const views = new WeakMap<PlaceRegistry, PlaceView>()

/** Whether a county name (full or short) denotes the unit of `code`. */
function countyMatches(county: string, code: string): boolean {
  return mentionsOf(county, 'county').some((m) => m.codes.some((c) => code.startsWith(c)))
}

/** Build the view of `registry`. */
function build(registry: PlaceRegistry): PlaceView {
  const d = divisionIndex()
  const corrected = new Map<string, Township>()
  for (const c of registry.corrections) {
    const base = corrected.get(c.code) ?? d.byCode.get(c.code)
    if (base) corrected.set(c.code, { ...base, ...c })
  }
  for (const a of registry.additions) corrected.set(a.code, { ...a })
  const extra = [...corrected.values()]
  const fix = (t: Township) => corrected.get(t.code) ?? t
  const byName = (name: string) => [
    ...(d.byName.get(name) ?? []).filter((t) => !corrected.has(t.code)),
    ...extra.filter((t) => t.name === name),
  ]
  const byCode = (code: string) => corrected.get(code) ?? d.byCode.get(code) ?? null
  const inScope = (prefix: string) => [
    ...(d.byScope.get(prefix) ?? []).map(fix),
    ...extra.filter((t) => t.code.startsWith(prefix) && !d.byCode.has(t.code)),
  ]
  const aliasTargets = (name: string) =>
    registry.aliases
      .filter((a) => a.alias === name)
      .flatMap((a) => {
        if (a.code) return [byCode(a.code)].filter((t): t is Township => t !== null)
        return byName(a.name).filter((t) => !a.county || countyMatches(a.county, t.code) || t.county === a.county)
      })
  return { byName, byCode, inScope, aliasTargets }
}

/** The view of `registry` (built once per registry object). */
export function placeView(registry: PlaceRegistry): PlaceView {
  let view = views.get(registry)
  if (!view) views.set(registry, (view = build(registry)))
  return view
}
