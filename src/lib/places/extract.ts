/**
 * Finding the township name of a report: in its organ name and title first
 * (the words before 人民政府/政府 or before the year), then in its opening lines,
 * then anywhere in the text.
 */
import { readAdminPrefix } from './admin-names.ts'
import type { Mention } from './types.ts'
import type { PlaceView } from './view.ts'

/** A township name found in the report, with the administrative names written before it. */
export interface NameCandidate {
  name: string
  /** Province/prefecture/county names written directly before the name. */
  prefix: Mention[]
  source: 'organName' | 'title' | 'opening' | 'text'
}

/** Where the place part of an organ name or title line ends. */
const CUT = /人民政府|政府|党委|管委会|委员会|文件|便函|政务|信息公开|年度报告|[0-9０-９]{4}|[〇零一二三四五六七八九]{4}年/
/** Endings of township-level names not in the list. */
const TOWNSHIP_END = /(乡|镇|街道|苏木|办事处)$/
const HAN_RUN = /[\u3400-\u9fff]+$/

/** The spellings a name may have in the list (街道 ↔ 街道办事处). */
export function spellings(name: string): string[] {
  if (name.endsWith('街道办事处')) return [name, name.slice(0, -3)]
  if (name.endsWith('街道')) return [name, name + '办事处']
  return [name]
}

/** Whether `name` is known to the view, under any spelling or registry alias. */
function known(name: string, view: PlaceView): boolean {
  return spellings(name).some((s) => view.byName(s).length > 0) || view.aliasTargets(name).length > 0
}

/** The place part of one line: the run of Han characters before the first cut word. */
export function headOf(line: string): string {
  const compact = line.replace(/\s+/g, '').replace(/^关于(?:印发|公布|发布)?/, '')
  // A street office named after its district government: 利州区人民政府嘉陵街道 → 利州区嘉陵街道.
  const office =
    /^([\u3400-\u9fff]+?)(?:人民政府|政府)([\u3400-\u9fff]{2,12}?(?:街道|乡|镇))(?:办事处)?(?=[0-9〇零一二三四五六七八九]|人民政府|政府|年度|$)/.exec(
      compact,
    )
  if (office) return office[1]! + office[2]!
  const cut = compact.search(CUT)
  return (cut >= 0 ? compact.slice(0, cut) : compact).match(HAN_RUN)?.[0] ?? ''
}

/** Split a head into administrative prefix and township name, or null when it holds none. */
export function parseHead(head: string, view: PlaceView): { name: string; prefix: Mention[] } | null {
  if (head.length < 2) return null
  const reach = readAdminPrefix(head)
  for (let i = 0; i <= head.length - 2; i++) {
    const prefix = reach.get(i)
    if (prefix && known(head.slice(i), view)) return { name: head.slice(i), prefix }
  }
  const ends = [...reach.keys()].sort((a, b) => b - a)
  for (const i of ends) {
    const rest = head.slice(i)
    const ending = rest.match(TOWNSHIP_END)?.[0]
    if (ending && rest.length - ending.length >= 2) return { name: rest, prefix: reach.get(i)! }
  }
  return null
}

/** Candidates from the lines of one source. */
function fromLines(lines: string[], source: NameCandidate['source'], view: PlaceView): NameCandidate[] {
  return lines.flatMap((line) => {
    const parsed = parseHead(headOf(line), view)
    return parsed ? [{ ...parsed, name: parsed.name.replace(/街道办事处$/, '街道'), source }] : []
  })
}

/** The listed township named most often right before 人民政府/政府 in the body text. */
function fromBody(text: string, view: PlaceView): NameCandidate[] {
  const counts = new Map<string, { candidate: NameCandidate; count: number }>()
  for (const m of text.matchAll(/人民政府|政府|党委/g)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index).match(HAN_RUN)?.[0] ?? ''
    for (let i = 0; i <= before.length - 3; i++) {
      const name = before.slice(i)
      if (!known(name, view)) continue
      const seen = counts.get(name) ?? {
        candidate: { name, prefix: readAdminPrefix(before).get(i) ?? [], source: 'text' as const },
        count: 0,
      }
      seen.count++
      counts.set(name, seen)
      break
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((c) => c.candidate)
}

/** Number of opening lines of the text read as a title when organ name and title give nothing. */
const OPENING_LINES = 12

/** All township-name candidates, best first, without repeated names. */
export function extractCandidates(organName: string | null, title: string | null, text: string, view: PlaceView): NameCandidate[] {
  const split = (s: string | null) => (s ?? '').split(/\r?\n/).filter((l) => l.trim() !== '')
  let found = [...fromLines(split(organName), 'organName', view), ...fromLines(split(title), 'title', view)]
  if (found.length === 0) found = fromLines(split(text).slice(0, OPENING_LINES), 'opening', view)
  if (found.length === 0) found = fromBody(text, view)
  // One candidate per name, in order; the same name met again (the title's 陇县八渡镇 after the
  // signature's 八渡镇人民政府) adds its administrative prefix as context instead of being dropped.
  const byName = new Map<string, NameCandidate>()
  for (const c of found) {
    const first = byName.get(c.name)
    if (!first) byName.set(c.name, { ...c, prefix: [...c.prefix] })
    else for (const m of c.prefix) if (!first.prefix.some((p) => p.text === m.text && p.level === m.level)) first.prefix.push(m)
  }
  return [...byName.values()]
}
