/**
 * Context for choosing between same-named townships: administrative names from
 * front matter and organ-name prefixes (strong) and from the body text (weak).
 */
import { mentionsOf, scanAdminMentions } from './admin-names.ts'
import type { AdminLevel, Mention, PlaceDiagnostic, PlaceHint, Township } from './types.ts'

/** Weight of a matching mention per level: a county says more than a province. */
const WEIGHT: Record<AdminLevel, number> = { county: 4, prefecture: 2, province: 1 }

/** Mentions from the hint fields; unknown names are reported and skipped. */
export function hintMentions(hint: PlaceHint, diagnostics: PlaceDiagnostic[]): Mention[] {
  const fields: Array<[AdminLevel, string | undefined, string]> = [
    ['county', hint.county, '县级'],
    ['prefecture', hint.prefecture, '地级'],
    ['province', hint.province, '省级'],
  ]
  return fields.flatMap(([level, value, label]) => {
    if (!value) return []
    const found = mentionsOf(value.trim(), level)
    if (found.length === 0) {
      diagnostics.push({
        ruleId: 'place-hint-unknown',
        severity: 'warning',
        message: `文件头部的${label}地名「${value}」不在全国区划名录中，未用于确定乡镇`,
      })
    }
    return found
  })
}

/** Mentions found anywhere in the text. */
export function textMentions(text: string): Mention[] {
  return scanAdminMentions(text)
}

/** Whether a township lies in one of the units a mention may denote. */
export function inMention(t: Township, m: Mention): boolean {
  return m.codes.some((c) => t.code.startsWith(c))
}

/** Score of a township: the weight of the best matching mention at each level. */
export function score(t: Township, mentions: Mention[]): number {
  let total = 0
  for (const level of ['county', 'prefecture', 'province'] as const) {
    if (mentions.some((m) => m.level === level && inMention(t, m))) total += WEIGHT[level]
  }
  return total
}

/** The townships of `pool` with the highest positive score, and that score (0 when none matches). */
export function best<T extends { township: Township }>(pool: T[], mentions: Mention[]): { items: T[]; score: number } {
  let top = 0
  let items: T[] = []
  for (const item of pool) {
    const s = score(item.township, mentions)
    if (s > top) [top, items] = [s, [item]]
    else if (s === top && s > 0) items.push(item)
  }
  return { items, score: top }
}

/** The code prefixes where variant spellings may be sought: counties, else prefectures. */
export function variantScopes(mentions: Mention[]): string[] {
  for (const level of ['county', 'prefecture'] as const) {
    const codes = mentions.filter((m) => m.level === level).flatMap((m) => m.codes)
    if (codes.length) return [...new Set(codes)]
  }
  return []
}

/** The mentions that made `t` win, for messages. */
export function decisive(t: Township, mentions: Mention[]): string[] {
  return [...new Set(mentions.filter((m) => inMention(t, m)).map((m) => m.text))]
}
