/**
 * The built site is whole and reproducible: no broken internal link, no page without a title,
 * no duplicate URL (scripts/lib/site-problems.ts), and a second build from the same sources
 * gives a byte-identical dist/.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteProblems } from '../../scripts/lib/site-problems.ts'
import { PLACEHOLDER_SITE, PLACEHOLDER_WARNING } from '../../src/integrations/site-address.ts'
import { DIST, ROOT } from './global-setup.ts'
import { shellEnv } from '../support/shell-env.ts'

/** Every file below `dir` with the SHA-256 of its bytes. */
function hashes(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) Object.assign(out, hashes(path, root))
    else out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
  }
  return out
}

describe('the built site', { timeout: 300_000 }, () => {
  it('has no broken internal link, no page without a title and no duplicate URL', () => {
    expect(siteProblems(DIST)).toEqual([])
  })

  it('finds a broken link, a missing title and a duplicate URL when there are some', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'))
    mkdirSync(join(dir, 'a'))
    writeFileSync(join(dir, 'index.html'), '<title>首页</title><a href="/a/">a</a><a href="/missing/">x</a>')
    writeFileSync(join(dir, 'a', 'index.html'), '<p>no title</p>')
    writeFileSync(join(dir, 'a.html'), '<title>a</title>')
    expect(siteProblems(dir).sort()).toEqual(
      [
        'a.html: 与 a/index.html 是同一个网址 /a',
        'a/index.html: 页面没有标题（<title>）',
        'index.html: 站内链接 /missing/ 指向不存在的文件',
      ].sort(),
    )
    rmSync(dir, { recursive: true })
  })

  it('is byte-identical when built again from the same sources', () => {
    const out = mkdtempSync(join(tmpdir(), 'dist-again-'))
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: shellEnv(),
    })
    expect(r.status, r.stdout.slice(-2000) + r.stderr.slice(-2000)).toBe(0)
    // Built for the placeholder origin (the default), the build says so once, at the end.
    const placeholder = readFileSync(join(out, 'index.html'), 'utf8').includes(`href="${PLACEHOLDER_SITE}/"`)
    expect((r.stdout + r.stderr).split(PLACEHOLDER_WARNING).length - 1).toBe(placeholder ? 1 : 0)
    const first = hashes(DIST)
    const second = hashes(out)
    const differing = Object.keys({ ...first, ...second }).filter((f) => first[f] !== second[f])
    expect(differing).toEqual([])
    rmSync(out, { recursive: true })
  })
})
