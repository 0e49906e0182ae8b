/**
 * Reading content/places.yaml: corrections of the national list, additions it lacks
 * and aliases. A malformed file yields diagnostics and an empty or partial registry, never a throw.
 */
import { existsSync, readFileSync } from 'node:fs'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { checkAddition, checkAlias, checkCorrection, type Checked } from './registry-entries.ts'
import { emptyRegistry, type PlaceDiagnostic, type PlaceRegistry } from './types.ts'

/** A registry with the diagnostics found while reading it. */
export interface LoadedRegistry {
  registry: PlaceRegistry
  diagnostics: PlaceDiagnostic[]
}

const SECTIONS = ['corrections', 'additions', 'aliases'] as const

type Section = (typeof SECTIONS)[number]

/** Check one raw entry of `section` and add it to `registry` when valid. */
function addEntry(registry: PlaceRegistry, section: Section, raw: Record<string, unknown>): Checked<unknown> {
  switch (section) {
    case 'corrections': {
      const c = checkCorrection(raw)
      if (c.entry) registry.corrections.push(c.entry)
      return c
    }
    case 'additions': {
      const c = checkAddition(raw)
      if (c.entry) registry.additions.push(c.entry)
      return c
    }
    case 'aliases': {
      const c = checkAlias(raw)
      if (c.entry) registry.aliases.push(c.entry)
      return c
    }
  }
}

/** Plain-language readings of the commonest YAML error codes. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: '缩进不一致',
  MISSING_CHAR: '缺少配对的括号或引号',
  DUPLICATE_KEY: '同一条目中有重复的字段',
  MULTILINE_IMPLICIT_KEY: '字段名后缺少冒号，或冒号后缺少空格',
  BLOCK_AS_IMPLICIT_KEY: '字段名后缺少冒号，或冒号后缺少空格',
  TAB_AS_INDENT: '用了 Tab 缩进，请改用空格',
}

/** Parse the YAML text of the registry; `source` names the file in messages. */
export function parsePlaceRegistry(yamlText: string, source = 'content/places.yaml'): LoadedRegistry {
  const registry = emptyRegistry()
  const diagnostics: PlaceDiagnostic[] = []
  const lines = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter: lines })
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : null)
  const at = (line: number | null) => (line ? `${source} 第 ${line} 行` : source)
  const problem = (severity: PlaceDiagnostic['severity'], message: string) =>
    diagnostics.push({ ruleId: severity === 'error' ? 'place-registry-invalid' : 'place-registry-entry', severity, message })
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const reading = YAML_ERRORS[e.code] ?? '无法解析'
      problem('error', `${at(e.linePos?.[0].line ?? null)}：YAML 格式错误，${reading}（${e.code}），整个文件未被采用`)
    }
    return { registry, diagnostics }
  }
  const root = doc.contents
  if (root === null) return { registry, diagnostics }
  if (!isMap(root)) {
    problem('error', `${source}：文件顶层应为 corrections、additions、aliases 三个栏目，整个文件未被采用`)
    return { registry, diagnostics }
  }
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null
    const key = String(isScalar(keyNode) ? keyNode.value : keyNode)
    const value = pair.value as Node | null
    if (!SECTIONS.includes(key as Section)) {
      problem('warning', `${at(lineOf(keyNode))}：未知栏目「${key}」已忽略（可用栏目：corrections、additions、aliases）`)
      continue
    }
    if (value === null || (isScalar(value) && value.value === null)) continue
    if (!isSeq(value)) {
      problem('error', `${at(lineOf(value))}：栏目「${key}」应为以“- ”开头的条目列表，该栏目未被采用`)
      continue
    }
    value.items.forEach((item, i) => {
      const where = `${at(lineOf(item as Node))}（${key} 第 ${i + 1} 条）`
      if (!isMap(item)) return problem('warning', `${where}：条目应为“字段: 值”的形式，已跳过`)
      const checked = addEntry(registry, key as Section, item.toJSON() as Record<string, unknown>)
      for (const note of checked.notes) problem('warning', `${where}：${note}`)
      if (!checked.entry) problem('warning', `${where}：${checked.problems.join('；')}，已跳过`)
    })
  }
  return { registry, diagnostics }
}

/** Read the registry file if it exists; an absent file is an empty registry. */
export function loadPlaceRegistry(path: string): LoadedRegistry {
  if (!existsSync(path)) return { registry: emptyRegistry(), diagnostics: [] }
  try {
    return parsePlaceRegistry(readFileSync(path, 'utf8'), path)
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    const diagnostic: PlaceDiagnostic = { ruleId: 'place-registry-invalid', severity: 'error', message: `无法读取 ${path}：${reason}` }
    return { registry: emptyRegistry(), diagnostics: [diagnostic] }
  }
}
