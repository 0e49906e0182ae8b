/**
 * What a report's running text says about the requests it received: "共收到政府信息公开申请
 * 7件", "全年累计受理依申请公开政府信息 0 件", "未收到政府信息公开的申请". The
 * narrative-request-count rule compares it with table 三.
 */
import type { LineNode } from '../types.ts'

/** A count of received requests stated in the text, with its line. */
export interface RequestClaim {
  count: number
  line: number
  /** The words as written, for the message. */
  quote: string
}

const counted = [
  /(?:收到|受理|新收|接收|接到)[^，,。；;：:、]{0,16}?申请[^，,。；;：:\d]{0,6}?(\d+)\s*(?:件|个|份)/,
  /(?:收到|受理|新收|接收|接到)[^，,。；;：:\d]{0,6}?(?:政府信息公开|依申请公开|信息公开)[^，,。；;：:\d]{0,10}?(\d+)\s*件/,
]
const none = /(?:未|没有)(?:收到|受理|接到)[^，,。；;：:]{0,12}?(?:政府信息公开|依申请公开|信息公开)[^，,。；;：:]{0,8}?申请/
/** Words that mean the number counts something else (carried-over, inquiries, letters, appeals). */
const other = /结转|咨询|复议|诉讼|转办|信箱|热线|投诉|举报|办结|答复|件次|人次|其中|窗口|当面|传真|邮件|信函|网站|平台/

/** The first statement of how many requests were received, in prose lines; null when none. */
export function requestClaim(lines: readonly LineNode[]): RequestClaim | null {
  for (const line of lines) {
    if (line.layout !== 'plain' && line.layout !== 'paragraph') continue
    const claim = requestClaimIn(line.text, line.position.start.line)
    if (claim) return claim
  }
  return null
}

/** The statement of how many requests were received in one line or paragraph of text; null when none. */
export function requestClaimIn(text: string, line: number): RequestClaim | null {
  if (!text.includes('申请') && !text.includes('公开')) return null
  // The earliest statement on the line wins: totals come before their breakdowns.
  const found = [...counted.map((p) => p.exec(text)), none.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null && !other.test(m[0]))
    .sort((a, b) => a.index - b.index)[0]
  return found ? { count: found[1] === undefined ? 0 : Number(found[1]), line, quote: found[0] } : null
}
