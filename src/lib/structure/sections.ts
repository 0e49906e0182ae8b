/**
 * Find the six sections of a report (一、总体情况 … 六、其他需要报告的事项).
 *
 * Every line that could be a heading becomes a candidate (`section-heading.ts`); then we keep
 * the set of candidates with strictly increasing section numbers, in line order, that scores
 * best. The words decide the section; the numeral and the shape only weigh the choice, so a
 * missing, duplicated or pre-2019 numeral (五、…复议诉讼) still finds its section.
 */
import type { LineNode, SectionRecord } from '../types.ts'
import { headingCandidate, type HeadingCandidate } from './section-heading.ts'

/** How much a candidate is worth: full heading words, a matching numeral, a line of its own. */
function score(c: HeadingCandidate, followedByHeading: boolean): number {
  let s = c.exact ? 4 : 2
  if (c.numeral === c.number) s += 2
  else if (c.numeral === c.number + 1)
    s += 1 // pre-2019 outline: 收费及减免 shifts 复议诉讼 to 五
  else if (c.numeral !== null) s -= 1
  if (c.inRow) s -= 1
  if (followedByHeading) s -= 1 // a table of contents, or an empty section
  return s
}

/** Candidates that keep their numeral's promise, or have full heading words. */
function plausible(c: HeadingCandidate): boolean {
  return c.exact || c.numeral === c.number || c.numeral === c.number + 1
}

/** All heading candidates of `lines`, in line order, each with its score. */
function candidatesOf(lines: LineNode[]): Array<{ c: HeadingCandidate; s: number }> {
  const found: Array<{ c: HeadingCandidate; index: number }> = []
  lines.forEach((line, index) => {
    const c = headingCandidate(line)
    if (c && plausible(c)) found.push({ c, index })
  })
  return found.map(({ c, index }, k) => {
    const next = found[k + 1]
    const gap = next ? lines.slice(index + 1, next.index).every((l) => l.blank) : false
    return { c, s: score(c, gap && next!.c.number > c.number) }
  })
}

/** Find the section headings: at most one per number, in line order, sorted by number. */
export function findSections(lines: LineNode[]): SectionRecord[] {
  const cands = candidatesOf(lines)
  // Best increasing chain ending at each candidate; numbers are 1–6, so keep the best chain end per number.
  const best: number[] = []
  const from: number[] = []
  const endOf: number[] = Array(7).fill(-1)
  for (let i = 0; i < cands.length; i++) {
    const { c, s: own } = cands[i]!
    from[i] = -1
    for (let k = 1; k < c.number; k++) {
      const j = endOf[k]!
      if (j >= 0 && (from[i]! < 0 || best[j]! > best[from[i]!]!)) from[i] = j
    }
    best[i] = own + (from[i]! >= 0 ? Math.max(0, best[from[i]!]!) : 0)
    if (from[i]! >= 0 && best[from[i]!]! <= 0) from[i] = -1
    if (endOf[c.number]! < 0 || best[i]! > best[endOf[c.number]!]!) endOf[c.number] = i
  }
  let end = -1
  for (const i of endOf) if (i >= 0 && cands[i]!.s > 0 && (end < 0 || best[i]! > best[end]!)) end = i
  const chain: SectionRecord[] = []
  for (let i = end; i >= 0; i = from[i]!) {
    const { number, title, line } = cands[i]!.c
    if (cands[i]!.s > 0) chain.unshift({ number, title, line })
  }
  return chain
}
