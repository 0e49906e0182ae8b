/**
 * Counts a report's running text quotes besides the requests received: requests carried over
 * from last year ("上年结转1件"), administrative reconsiderations ("行政复议2起") and lawsuits
 * ("行政诉讼0件"), including the zero a sentence such as "未发生行政复议、行政诉讼案件" states.
 * Read from the record's narrative (its paragraphs and their lines), so the rules can read them
 * from a record alone. The narrative-request-count rule compares them with tables 三 and 四.
 */
import type { Narrative, Paragraph } from '../types.ts'
import { requestClaimIn, type RequestClaim } from './narrative-claims.ts'

/** The counts the text states, each the first statement of its kind; absent when the text states none. */
export interface NarrativeCounts {
  received?: RequestClaim
  carried?: RequestClaim
  appeals?: RequestClaim
  lawsuits?: RequestClaim
}

/** A clause boundary: counts are read within one clause. */
const stop = '，,。；;：:'

const carried = new RegExp(`上年(?:度)?结转[^${stop}\\d]{0,12}?(\\d+)\\s*(?:件|个|份)`)
const appeals = new RegExp(`行政复议[^${stop}、\\d]{0,10}?(\\d+)\\s*(?:起|件|宗|例|次)`)
const lawsuits = new RegExp(`行政诉讼[^${stop}、\\d]{0,10}?(\\d+)\\s*(?:起|件|宗|例|次)`)
const noAppeals = new RegExp(`(?:未|没有|无)(?:发生|收到|出现|产生|涉及|因)?[^${stop}\\d]{0,12}?行政复议`)
const noLawsuits = new RegExp(`(?:未|没有|无)(?:发生|收到|出现|产生|涉及|因)?[^${stop}\\d]{0,16}?行政诉讼`)
/** Words that mean the count is of something else than the whole year's cases. */
const other = /其中|办结|答复|咨询|纠正|维持|审结|败诉|胜诉/

/** The first count of one kind in `text`: a number, or zero from a negation; null when none. */
function countIn(text: string, counted: RegExp, none: RegExp): { count: number; quote: string } | null {
  const found = [counted.exec(text), none.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null && !other.test(m[0]))
    .sort((a, b) => a.index - b.index)[0]
  return found ? { count: found[1] === undefined ? 0 : Number(found[1]), quote: found[0] } : null
}

/** The paragraphs of a narrative in reading order. */
function paragraphsOf(narrative: Narrative): Paragraph[] {
  return [...narrative.intro, ...narrative.sections.flatMap((s) => s.paragraphs)]
}

/**
 * Every count the narrative states about requests, reconsiderations and lawsuits. `received`
 * false leaves out the received count (the pipeline reads it from the source lines instead).
 */
export function narrativeCounts(narrative: Narrative, { received = true } = {}): NarrativeCounts {
  const counts: NarrativeCounts = {}
  const never = /(?!)/
  const kinds: [keyof NarrativeCounts, RegExp, RegExp][] = [
    ['carried', carried, never],
    ['appeals', appeals, noAppeals],
    ['lawsuits', lawsuits, noLawsuits],
  ]
  for (const { text, line } of paragraphsOf(narrative)) {
    if (received && !counts.received) {
      const claim = requestClaimIn(text, line)
      if (claim) counts.received = claim
    }
    if (!text.includes('结转') && !text.includes('行政')) continue
    for (const [kind, counted, none] of kinds) {
      if (counts[kind]) continue
      const found = countIn(text, counted, none)
      if (found) counts[kind] = { ...found, line }
    }
  }
  return counts
}
