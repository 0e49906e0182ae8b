/**
 * The words that name each of the six sections, in the 2019/2021 outline and the pre-2019
 * one (概述 / 依申请公开 / 收费及减免 / 复议诉讼 / 问题 / 其他). All patterns work on text
 * with whitespace removed, so letter-spaced headings ("二 、主 动 公 开") match too.
 */
import type { SectionRecord } from '../types.ts'

export type SectionNumber = SectionRecord['number']

/** A keyword hit: the section it names and where the keyword ends in the text. */
export interface SectionWords {
  /** The section, or null for a known pre-2019 heading with no slot (收费及减免). */
  number: SectionNumber | null
  /** Index just past the keyword. */
  end: number
}

/** Keyword per section, in the order they are tried (most specific first). */
const keywords: ReadonlyArray<readonly [SectionNumber | null, RegExp]> = [
  [null, /收费(?:及|和|与|、)?减免/],
  [6, /其他(?:需要|需)?(?:报告|说明)/],
  [4, /(?:行政)?复议(?:、|和|及|与)?(?:提起)?(?:行政)?诉讼|行政复议|行政诉讼/],
  [3, /收到(?:和|及|与|、)?处理|依申请公开|处理政府信息公开申请/],
  [2, /主动公开/],
  [5, /问题|改进|不足/],
  [1, /总体情况|概述|概况|基本情况/],
]

/** Every keyword above holds one of these characters (收费, 其他, 复议, 诉讼, 收到, 依申请, 处理, 主动, 问题, 改进, 不足, 总体, 概述, 基本). */
const keywordChar = /[收其复诉依处主问改足总概基]/

/** Whether `text` may hold a section's keyword: a quick test that spares a line without any the patterns. */
export function mayNameSection(text: string): boolean {
  return keywordChar.test(text)
}

/** Full heading texts (numeral removed) per section: a line that is exactly one of these is a heading. */
const exactForms: ReadonlyArray<readonly [SectionNumber | null, RegExp]> = [
  [null, /^(?:政府信息公开的?)?收费(?:及|和|与|、)?减免(?:的)?情况$/],
  [1, /^(?:政府信息公开)?(?:工作)?(?:的)?(?:总体|基本)(?:工作)?情况$|^(?:政府信息公开)?(?:工作)?(?:概述|概况)$/],
  [2, /^主动公开(?:政府)?(?:信息)?(?:的)?(?:工作)?(?:情况)?$/],
  [3, /^收到(?:和|及|与|、)?处理政府信息公开申请(?:的)?情况$|^依申请公开(?:政府)?(?:信息)?(?:的)?(?:工作)?(?:情况)?$/],
  [4, /^(?:因)?(?:政府信息公开)?(?:申请)?(?:提起)?(?:的)?(?:行政)?复议(?:、|和|及|与)?(?:提起)?(?:行政)?诉讼(?:的)?(?:情况)?$/],
  [
    5,
    /^(?:政府信息公开)?(?:工作)?(?:中)?(?:存在|面临)(?:的)?(?:主要)?(?:问题|不足)(?:及|和|与|以及|、)?(?:改进|整改)?(?:的)?(?:情况|措施|方向|计划)?$/,
  ],
  [5, /^(?:政府信息公开)?(?:工作)?(?:中)?(?:的)?(?:主要)?(?:问题|不足)(?:及|和|与|以及|、)(?:改进|整改)(?:的)?(?:情况|措施|方向|计划)?$/],
  [6, /^其他(?:需要|需)?(?:报告|说明)(?:的)?事项$/],
]

/** Words a heading title ends with; text after the last one is trailing narrative. */
const titleEnd = /^.*(?:情况|事项|措施|概述|概况|问题)/

/** The section a heading's words name (first keyword found), or undefined when none. */
export function sectionOfWords(compact: string): SectionWords | undefined {
  for (const [number, pattern] of keywords) {
    const m = pattern.exec(compact)
    if (m) return { number, end: m.index + m[0].length }
  }
  return undefined
}

/** The section whose full heading text is exactly `compact`, or undefined. */
export function sectionOfExactTitle(compact: string): SectionNumber | null | undefined {
  for (const [number, pattern] of exactForms) if (pattern.test(compact)) return number
  return undefined
}

/** Length of the title part of `head`: up to its last title-ending word, but never before `minEnd`. */
export function titleLength(head: string, minEnd: number): number {
  const m = titleEnd.exec(head)
  return m && m[0].length >= minEnd ? m[0].length : head.length
}
