/**
 * Matching one township name against the list, using strong context first
 * (front matter, organ-name prefix) and the body text as a tie-breaker.
 */
import { best, decisive, score, variantScopes } from './context.ts'
import { spellings } from './extract.ts'
import { soundsAlike, variantsIn } from './variants.ts'
import type { Mention, Township } from './types.ts'
import type { PlaceView } from './view.ts'

/** How a listed township was reached from the report's spelling. */
export type Via = 'exact' | 'registry-alias' | 'variant'

/** A listed township and how it was reached. */
export interface Hit {
  township: Township
  via: Via
  /** Other variants of the same county that were set aside because they sound less alike. */
  rivals?: Township[]
}

/** The outcome of matching one name. */
export type Match =
  | { kind: 'one'; hit: Hit; decidedBy: string[] }
  | { kind: 'many'; hits: Hit[] }
  | { kind: 'mismatch'; elsewhere: Hit[]; context: string[] }
  | { kind: 'none' }

/** Listed townships of that name, and those a registry alias points to. */
function pool(name: string, view: PlaceView): Hit[] {
  const exact = spellings(name)
    .flatMap((s) => view.byName(s))
    .map((t) => ({ township: t, via: 'exact' as const }))
  const aliased = view.aliasTargets(name).map((t) => ({ township: t, via: 'registry-alias' as const }))
  const seen = new Set<string>()
  return [...exact, ...aliased].filter((h) => !seen.has(h.township.code) && seen.add(h.township.code))
}

/** Variant spellings within the scope of `mentions`, as hits; of several, the one that sounds alike. */
function variants(name: string, mentions: Mention[], view: PlaceView): Hit[] {
  const found = variantsIn(name, variantScopes(mentions), view)
  const alike = found.length > 1 ? soundsAlike(name, found, (t) => t.name) : null
  if (alike) return [{ township: alike, via: 'variant', rivals: found.filter((t) => t !== alike) }]
  return found.map((t) => ({ township: t, via: 'variant' as const }))
}

/** Match `name` given strong and weak context mentions. */
export function matchName(name: string, strong: Mention[], weak: Mention[], view: PlaceView): Match {
  let hits = pool(name, view)
  if (strong.length > 0) {
    const chosen = best(hits, strong)
    if (chosen.score > 0) hits = chosen.items
    else {
      const near = variants(name, strong, view)
      if (near.length === 0) {
        return hits.length ? { kind: 'mismatch', elsewhere: hits, context: strong.map((m) => m.text) } : { kind: 'none' }
      }
      hits = near
    }
  } else if (hits.length === 0) {
    hits = variants(name, weak, view)
  } else if (hits.length === 1 && weak.some((m) => m.level === 'county') && score(hits[0]!.township, weak) === 0) {
    // The only listed township of that name lies away from every county the text names:
    // a variant spelling in a named county is as likely, so never pick silently.
    hits = [...hits, ...variants(name, weak, view)]
  }
  if (hits.length === 0) return { kind: 'none' }
  if (hits.length === 1) return { kind: 'one', hit: hits[0]!, decidedBy: [] }
  const chosen = best(hits, weak)
  if (chosen.items.length === 1) {
    return { kind: 'one', hit: chosen.items[0]!, decidedBy: decisive(chosen.items[0]!.township, weak) }
  }
  return { kind: 'many', hits: chosen.score > 0 ? chosen.items : hits }
}
