/**
 * Find the organ that issued the report, from (in order of trust) a masthead
 * ("东乡族自治县凤山乡人民政府文件", "兑镇镇人民政府便函"), the title when it names a full organ
 * ("哈拉直沟乡人民政府 2021 年…"), the signature before the closing date, and last the title's
 * name as written ("吉尔格勒特郭楞蒙古民族乡政府信息公开工作…" → 吉尔格勒特郭楞蒙古民族乡).
 */
import type { LineNode } from '../../types.ts'
import { chineseDigit } from '../../text/numerals.ts'

/** An organ name and the line it was read from. */
export interface OrganMatch {
  name: string
  line: number
}

/** Endings of an organ's full name. */
const organEnd = /(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会)$/

/** A masthead: the organ name followed by 文件 / 便函 / 函. */
const masthead = /^(.{2,40}?)(?:文件|便函|公函|函)$/

/** Where the organ name in a title ends: the year, or the words 政府信息公开 / 政务公开 …. */
const titleBody = new RegExp(`(?:\\d{4}|${chineseDigit}{4})\\s*年|政府信息公开|政务信息公开|政务公开|信息公开|年度报告|工作报告`)

/** Punctuation a name never holds. */
const punctuation = /[，,。；;：:、《》“”（）()]/

/** The organ named by a masthead line among `header`, or null. */
export function organFromMasthead(header: LineNode[]): OrganMatch | null {
  for (const line of header) {
    const m = masthead.exec(line.text.replace(/\s+/g, ''))
    if (m && organEnd.test(m[1]!) && !punctuation.test(m[1]!)) return { name: m[1]!, line: line.position.start.line }
  }
  return null
}

/** The name a title starts with ("中宁县徐套乡人民政府 2021 年…" → 中宁县徐套乡人民政府), or null. */
export function organFromTitle(title: string, line: number): OrganMatch | null {
  const compact = title.replace(/\s+/g, '').replace(/^关于/, '')
  const m = titleBody.exec(compact)
  const name = m ? compact.slice(0, m.index) : ''
  if (name.length < 2 || punctuation.test(name) || /\d/.test(name)) return null
  return { name, line }
}

/** The signature just before the closing date (same line or up to two lines above), or null. */
export function organFromSignature(tail: LineNode[], dateIndex: number, lead: string): OrganMatch | null {
  if (organEnd.test(lead)) return { name: lead, line: tail[dateIndex]!.position.start.line }
  for (let i = dateIndex - 1; i >= 0 && i >= dateIndex - 2; i--) {
    const name = tail[i]!.text.replace(/\s+/g, '')
    if (name.length <= 40 && organEnd.test(name) && !punctuation.test(name)) return { name, line: tail[i]!.position.start.line }
  }
  return null
}

/** Pick the most trusted organ name among the candidates, in the order of the module comment. */
export function pickOrgan(masthead: OrganMatch | null, title: OrganMatch | null, signature: OrganMatch | null): OrganMatch | null {
  if (masthead) return masthead
  if (title && organEnd.test(title.name)) return title
  return signature ?? title
}
