/**
 * Traditional → simplified characters for the words of the report template, so that a page
 * saved from a site's 繁體 mirror ("收到和處理政府信息公開申請情況") still matches its labels.
 * Only used for comparison keys; the record keeps what was written.
 */

/** Pairs of traditional and simplified characters, as one string of two-character runs. */
const pairs =
  '開开處处請请復复複复議议訴诉訟讼結结轉转數数規规範范許许罰罚強强製制審审維维糾纠總总計计業业構构會会組组織织務务機机關关屬属於于國国險险權权條条項项資资認认確确獲获補补後后內内過过經经執执詢询現现與与類类報报舉举費费繳缴應应廢废發发統统採采購购額额對对決决負负責责單单萬万這这種种區区據据為为體体況况動动問问題题進进號号門门義义護护網网絡络營营導导戶户續续樣样證证優优預预響响歸归劃划辦办稅税擬拟頒颁佈布準准參参訂订縣县鄉乡鎮镇'

const map = new Map<string, string>()
for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!)

/** Any of the traditional characters (all in the Basic Multilingual Plane, so one UTF-16 unit each). */
const traditional = new RegExp(`[${[...map.keys()].join('')}]`, 'g')

/** `text` with every known traditional character of the template's words made simplified. */
export function simplified(text: string): string {
  traditional.lastIndex = 0
  if (!traditional.test(text)) return text
  return text.replace(traditional, (ch) => map.get(ch)!)
}
