/**
 * Short forms of autonomous units as reports write them:
 * 东乡族自治县 → 东乡县, 互助土族自治县 → 互助县, 临夏回族自治州 → 临夏州, 宁夏回族自治区 → 宁夏.
 */

/** The 55 minority names (without 族) plus 各 (as in 龙胜各族自治县), longest first. */
const ETHNIC = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '各',
].sort((a, b) => b.length - a.length)

const ETHNIC_SET = new Set(ETHNIC)

/** Remove one trailing minority name (X族, or a bare name of 2+ characters) if at least 2 characters stay. */
function stripOne(stem: string): string | null {
  for (const e of ETHNIC) {
    if (stem.endsWith(e + '族') && stem.length - e.length - 1 >= 2) return stem.slice(0, -e.length - 1)
    if (e.length >= 2 && stem.endsWith(e) && stem.length - e.length >= 2) return stem.slice(0, -e.length)
  }
  return null
}

/** Strip every trailing minority name from the stem of an autonomous unit's name. */
export function stripEthnic(stem: string): string {
  let current = stem
  for (let next = stripOne(current); next !== null; next = stripOne(current)) current = next
  if (current.endsWith('族') && ETHNIC_SET.has(current.slice(0, -1))) return current.slice(0, -1)
  return current
}

/** Suffixes of autonomous units and the generic suffix their short form takes. */
const AUTONOMOUS: Array<[string, string]> = [
  ['自治县', '县'],
  ['自治旗', '旗'],
  ['自治州', '州'],
  ['自治区', ''],
]

/** Short forms of a unit name (empty when the name has none). */
export function shortForms(name: string): string[] {
  for (const [suffix, generic] of AUTONOMOUS) {
    if (!name.endsWith(suffix)) continue
    const stem = stripEthnic(name.slice(0, -suffix.length))
    const short = stem + generic
    return short.length >= 2 && short !== name ? [short] : []
  }
  return []
}
