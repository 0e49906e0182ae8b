/** Every rule id the engine can report is documented for the data page, and no other. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ruleDocs } from '../../../src/utils/data/rule-docs.ts'

/** Every .ts file below `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Rule ids written in the engine: `report(file, 'id'`, `ruleId: 'id'`, `ruleId: … ? 'a' : 'b'`. */
function ruleIdsInSource(): Set<string> {
  const ids = new Set<string>()
  for (const path of [...sources('src/lib'), ...sources('src/loaders')]) {
    if (path.includes('/site/')) continue
    const text = readFileSync(path, 'utf8')
    for (const m of text.matchAll(/report\(\s*file,\s*'([a-z][a-z-]*)'/g)) ids.add(m[1]!)
    for (const m of text.matchAll(/define(?:Year)?Rule\(\s*\{\s*id: '([a-z][a-z-]*)'/g)) ids.add(m[1]!)
    for (const m of text.matchAll(/ruleId: (?:[^,}\n]*?\? )?'([a-z][a-z-]*)'(?: : '([a-z][a-z-]*)')?/g)) {
      ids.add(m[1]!)
      if (m[2]) ids.add(m[2])
    }
  }
  return ids
}

describe('rule docs', () => {
  const documented = ruleDocs.map((r) => r.ruleId)

  test('list each rule id once', () => {
    expect(new Set(documented).size).toBe(documented.length)
  })

  test('cover every rule id in the engine, and only those', () => {
    const inSource = ruleIdsInSource()
    // diagnostic.ts's fallback for a vfile message without a rule id (`m.ruleId ?? 'unknown'`).
    inSource.delete('unknown')
    expect(inSource.size).toBeGreaterThan(20)
    expect([...inSource].filter((id) => !documented.includes(id)).sort()).toEqual([])
    expect(documented.filter((id) => !inSource.has(id)).sort()).toEqual([])
  })

  test('give a Chinese meaning and severity', () => {
    for (const r of ruleDocs) {
      expect(r.meaning, r.ruleId).toMatch(/\p{Script=Han}/u)
      expect(r.severity, r.ruleId).toMatch(/^(错误|警告|提示)(或(警告|提示))?$/)
    }
  })
})
