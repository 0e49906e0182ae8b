/**
 * The resolver's diagnostics, worded in Simplified Chinese for office staff.
 */
import type { Hit } from './match.ts'
import type { PlaceDiagnostic, Township } from './types.ts'

/** How many candidates a message lists before saying 等 N 处. */
const LIST_LIMIT = 8

/** Where to state the place, said at the end of warnings. */
const WHERE_TO_FIX = '请在文件头部 county 字段或 content/places.yaml 中指明'

/** The full path of a township's county: 甘肃省临夏回族自治州东乡族自治县. */
export function pathOf(t: Township): string {
  const parts = [t.province, t.prefecture, t.county].filter((p): p is string => Boolean(p))
  return parts.filter((p, i) => p !== parts[i - 1]).join('')
}

/** One candidate as listed in a message, with its listed spelling when it differs. */
function describe(hit: Hit, name: string): string {
  return hit.township.name === name ? pathOf(hit.township) : `${pathOf(hit.township)}（名录写作「${hit.township.name}」）`
}

/** A list of candidates, shortened after LIST_LIMIT entries. */
function listOf(hits: Hit[], name: string): string {
  const shown = hits
    .slice(0, LIST_LIMIT)
    .map((h) => describe(h, name))
    .join('、')
  return hits.length > LIST_LIMIT ? `${shown}等 ${hits.length} 处` : shown
}

/** Warning: the name fits several places and nothing decides. */
export function ambiguous(name: string, hits: Hit[]): PlaceDiagnostic {
  return { ruleId: 'place-ambiguous', severity: 'warning', message: `「${name}」对应多个地区：${listOf(hits, name)}；${WHERE_TO_FIX}` }
}

/** Warning: no township name found, or the name is in no list. */
export function unknown(name: string | null): PlaceDiagnostic {
  const message = name
    ? `「${name}」不在全国区划名录中，同县也没有相近写法；请在文件头部或 content/places.yaml 中补充该乡镇的所属地区和代码`
    : '未能从机关名称、标题或正文中识别出乡镇名称；请在文件头部 township 字段中写明'
  return { ruleId: 'place-unknown', severity: 'warning', message }
}

/** Warning: the name is listed, but not in the county/prefecture the report names. */
export function mismatch(name: string, context: string[], elsewhere: Hit[]): PlaceDiagnostic {
  const where = [...new Set(context)].join('、')
  return {
    ruleId: 'place-mismatch',
    severity: 'warning',
    message: `报告写明「${where}」，但名录中该地没有「${name}」，同名乡镇只见于：${listOf(elsewhere, name)}；${WHERE_TO_FIX}`,
  }
}

/** Info: the report's spelling differs from the list's. */
export function alias(name: string, hit: Hit): PlaceDiagnostic {
  const how = hit.via === 'registry-alias' ? '按 content/places.yaml 中的别名' : '按同县名录中仅差一字的名称'
  const t = hit.township
  const rivals = hit.rivals?.length ? `；同县的「${hit.rivals.map((r) => r.name).join('」「')}」也仅差一字，但读音不近，未采用` : ''
  return {
    ruleId: 'place-alias',
    severity: 'info',
    message: `报告中的「${name}」${how}认定为名录中的「${t.name}」（${pathOf(t)}，代码 ${t.code}）${rivals}`,
  }
}

/** Info: same-named townships exist; names in the body text chose one. */
export function decidedByText(name: string, t: Township, by: string[]): PlaceDiagnostic {
  return {
    ruleId: 'place-context',
    severity: 'info',
    message: `「${name}」有多处同名，根据正文中出现的「${by.join('、')}」认定为${pathOf(t)}的「${t.name}」`,
  }
}

/** Info: the name came from the body text, not from the organ name or title. */
export function fromBody(name: string): PlaceDiagnostic {
  return {
    ruleId: 'place-from-text',
    severity: 'info',
    message: `机关名称和标题中未见乡镇名称，取正文中最常出现在“人民政府”前的「${name}」`,
  }
}

/** Warning: the front matter's code is another township than the one the report names. */
export function codeMismatch(code: string, t: Township, named: string): PlaceDiagnostic {
  const where = [t.province, t.prefecture, t.county].filter(Boolean).join('')
  return {
    ruleId: 'place-code-mismatch',
    severity: 'warning',
    message: `文件头部的代码 ${code} 是${where}「${t.name}」，但报告写的是「${named}」：已按代码认定，请核对代码是否填错`,
  }
}

/** Warning about the code given in front matter. */
export function badCode(code: string, wellFormed: boolean): PlaceDiagnostic {
  return wellFormed
    ? {
        ruleId: 'place-code-unknown',
        severity: 'warning',
        message: `文件头部的代码 ${code} 不在全国区划名录或 content/places.yaml 中；其余字段按文件头部填写`,
      }
    : { ruleId: 'place-code-invalid', severity: 'warning', message: `文件头部的代码「${code}」不是 12 位统计用区划代码，已忽略` }
}
