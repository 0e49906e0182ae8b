/**
 * resolvePlace: from a report's organ name, title, text and front matter to its
 * township, county, prefecture, province and 12-digit code, with diagnostics.
 */
import { hintMentions, textMentions } from './context.ts'
import { extractCandidates, spellings, type NameCandidate } from './extract.ts'
import { matchName, type Match } from './match.ts'
import * as say from './messages.ts'
import { normaliseCode } from './registry-entries.ts'
import {
  emptyRegistry,
  type PlaceDiagnostic,
  type PlaceHint,
  type PlaceQuery,
  type PlaceRegistry,
  type PlaceResult,
  type Township,
} from './types.ts'
import { oneCharApart } from './variants.ts'
import { placeView, type PlaceView } from './view.ts'

const NO_REGISTRY = emptyRegistry()

/** A result with every place field null. */
function blank(township: string | null, diagnostics: PlaceDiagnostic[]): PlaceResult {
  return { township, officialName: null, county: null, prefecture: null, province: null, code: null, diagnostics }
}

/** A result naming listed township `t`, spelled `name` in the report. */
function found(name: string, t: Township, diagnostics: PlaceDiagnostic[]): PlaceResult {
  const { county, prefecture, province, code } = t
  return { township: name, officialName: t.name === name ? null : t.name, county, prefecture, province, code, diagnostics }
}

/** Front-matter fields win over what was resolved. */
function withHint(result: PlaceResult, hint: PlaceHint): PlaceResult {
  const pick = (v: string | undefined, r: string | null) => (v && v.trim() ? v.trim() : r)
  return {
    ...result,
    township: pick(hint.township, result.township),
    county: pick(hint.county, result.county),
    prefecture: pick(hint.prefecture, result.prefecture),
    province: pick(hint.province, result.province),
  }
}

/** Resolve through the code given in front matter; null when the code is not well formed. */
function byCode(raw: string, names: string[], view: PlaceView, diagnostics: PlaceDiagnostic[]): PlaceResult | null {
  const code = normaliseCode(raw)
  if (!code) {
    diagnostics.push(say.badCode(raw, false))
    return null
  }
  const t = view.byCode(code)
  if (!t) {
    diagnostics.push(say.badCode(code, true))
    return { ...blank(names[0] ?? null, diagnostics), code }
  }
  const spelled = names.find((n) => spellings(n).includes(t.name) || oneCharApart(n, t.name))
  if (!spelled && names.length) diagnostics.push(say.codeMismatch(code, t, names[0]!))
  return found(spelled ?? t.name, t, diagnostics)
}

/** Turn the match of `name` into a result. */
function fromMatch(name: string, match: Match, diagnostics: PlaceDiagnostic[]): PlaceResult {
  switch (match.kind) {
    case 'one': {
      const { hit, decidedBy } = match
      if (hit.via !== 'exact') diagnostics.push(say.alias(name, hit))
      if (decidedBy.length) diagnostics.push(say.decidedByText(name, hit.township, decidedBy))
      return found(name, hit.township, diagnostics)
    }
    case 'many':
      diagnostics.push(say.ambiguous(name, match.hits))
      return blank(name, diagnostics)
    case 'mismatch':
      diagnostics.push(say.mismatch(name, match.context, match.elsewhere))
      return blank(name, diagnostics)
    case 'none':
      diagnostics.push(say.unknown(name))
      return blank(name, diagnostics)
  }
}

/** Resolve the township of a report; never throws, never guesses between candidates. */
export function resolvePlace(query: PlaceQuery, registry: PlaceRegistry = NO_REGISTRY): PlaceResult {
  const view = placeView(registry)
  const hint = query.hint ?? {}
  const diagnostics: PlaceDiagnostic[] = []
  const candidates: NameCandidate[] = extractCandidates(query.organName, query.title, query.text ?? '', view)
  const given = hint.township?.trim()
  const names = given ? [given] : candidates.map((c) => c.name)
  if (hint.code?.trim()) {
    const result = byCode(hint.code.trim(), names, view, diagnostics)
    if (result) return withHint(result, hint)
  }
  const strong = [...hintMentions(hint, diagnostics), ...candidates.filter((c) => c.source !== 'text').flatMap((c) => c.prefix)]
  const weak = textMentions(query.text ?? '')
  for (const name of names) {
    const match = matchName(name, strong, weak, view)
    if (match.kind === 'none') continue
    if (!given && candidates.find((c) => c.name === name)?.source === 'text') diagnostics.push(say.fromBody(name))
    return withHint(fromMatch(name, match, diagnostics), hint)
  }
  if (names.length === 0) diagnostics.push(say.unknown(null))
  else diagnostics.push(say.unknown(names[0]!))
  return withHint(blank(names[0] ?? null, diagnostics), hint)
}
