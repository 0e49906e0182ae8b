/**
 * A scratch copy of the project for tests that run real `astro build` / `astro dev` on content of
 * their own: the sources are copied, node_modules is linked, and the Astro cache is the copy's own
 * (the real project's node_modules/.astro is never touched). Builds run with an editor's environment.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { shellEnv } from './shell-env.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A scratch project: its folder, a build that resolves with exit status and log, and removal. */
export interface ScratchProject {
  dir: string
  /** `astro build` there (extra environment variables optional). */
  build(env?: Record<string, string>): Promise<{ status: number | null; output: string }>
  /** `npm run check` there on the given paths: its output. */
  check(...paths: string[]): string
  remove(): void
}

/** Copy the project into a new temporary folder; `withContent` copies content/ too (else it starts empty). */
export function scratchProject(prefix: string, { withContent = true } = {}): ScratchProject {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`))
  for (const entry of ['src', 'public', 'docs', 'scripts', 'package.json', 'tsconfig.json', ...(withContent ? ['content'] : [])])
    if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true })
  cpSync(path.join(ROOT, 'astro.config.mjs'), path.join(dir, 'astro.base.mjs'))
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    // The shard runner gives each build a cache of its own (PORTAL_CACHE_DIR); else the copy's one.
    "import base from './astro.base.mjs'\nexport default { ...base, cacheDir: process.env.PORTAL_CACHE_DIR ?? './.cache-astro' }\n",
  )
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return {
    dir,
    build: (env = {}) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
          cwd: dir,
          env: shellEnv(env),
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let output = ''
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.on('error', reject)
        child.on('close', (status) => resolve({ status, output }))
      }),
    check: (...paths) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...paths], {
        cwd: dir,
        env: shellEnv(),
        encoding: 'utf8',
      })
      return r.stdout + r.stderr
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
