/** The rule tables in README.md and src/lib/rules/README.md are the engine's catalog, never typed by hand. */
import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { ruleCatalog } from '../../src/lib/index.ts'
import { readFileSync } from 'node:fs'

it('finds both rule tables current with the catalog', { timeout: 60_000 }, () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/rule-docs.ts', '--check'], { encoding: 'utf8' })
  expect(r.stdout).toBe('')
  expect(r.status).toBe(0)
})

it('lists every declared rule once in the README', () => {
  const readme = readFileSync('README.md', 'utf8')
  for (const rule of ruleCatalog) expect(readme.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1)
})
