/**
 * `npx tsx scripts/build-demo.ts [outDir]`: build the portal over the demo reports (demo/content/,
 * made-up 示例 reports of a few townships over several years: continuity holding and breaking, a
 * section 五 copied from the year before) instead of content/, into `dist-demo/` (or outDir). The
 * default build never reads demo/. Steps: copy the project's sources into a scratch folder with
 * demo/content as its content/, build there, remove the scratch folder.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const outDir = resolve(process.argv[2] ?? join(root, 'dist-demo'))
// 1. A scratch copy of the project whose content/ is the demo folder.
const dir = mkdtempSync(join(tmpdir(), 'portal-demo-'))
try {
  for (const entry of ['src', 'public', 'docs', 'package.json', 'tsconfig.json', 'astro.config.mjs'])
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true })
  cpSync(join(root, 'demo/content'), join(dir, 'content'), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  // 2. Build it into outDir.
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, PORTAL_OUT_DIR: outDir, PORTAL_CACHE_DIR: join(dir, '.cache-astro') },
  })
  process.exitCode = r.status ?? 1
  if (r.status === 0) console.log(`示例网站已生成到 ${outDir}（npx astro preview --outDir ${outDir} 可预览）`)
} finally {
  // 3. The scratch copy goes.
  rmSync(dir, { recursive: true, force: true })
}
