/**
 * `npm run build:shards [-- --jobs N | --only NAME | --assemble]`: build the site in shards (docs/shards.md).
 *
 * 1. Plan: each first-level folder of content/ is a shard (scripts/shards/plan.ts).
 * 2. Shards: each changed shard is built on its own (`astro build` with PORTAL_SHARD, its own
 *    output and cache under .shards/<slug>/), N at a time (default: one per core). An unchanged
 *    shard (same files, same code and settings) keeps its last output.
 * 3. National: the pages above the shards, from the shards' summaries (PORTAL_NATIONAL).
 * 4. Assemble: one site in dist/, changed only when everything succeeded (scripts/shards/assemble.ts):
 *    in place, only the changed outputs' files, when the record of the last assembly in
 *    .shards/assembly/ matches dist/; else the whole site (`--full-assembly` asks for that).
 *
 * A failed shard fails the run; its log's last lines are shown and dist/ keeps the previous site.
 * `--only NAME` runs step 2 for one shard (a job of a CI matrix); `--assemble` runs steps 3–4 on
 * shard outputs already in .shards/ (the matrix's last job). Each step's time is logged.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { assembleSite } from './shards/assemble.ts'
import { codeFingerprint, shardFingerprint } from './shards/fingerprint.ts'
import { shardPlan, type Shard } from './shards/plan.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const work = path.join(ROOT, '.shards')
// The site the last run replaced (scripts/shards/assemble.ts) is deleted while this run's shards build.
const previousSite = path.join(work, 'previous-dist')
const started = performance.now()
const previousSiteExisted = existsSync(previousSite)
let previousSiteSeconds = 0
const previousSiteGone = rm(previousSite, { recursive: true, force: true }).then(() => {
  previousSiteSeconds = (performance.now() - started) / 1000
})
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} 秒`
const log = (line: string): void => console.log(`[分片构建] ${line}`)

// Arguments: `--jobs N`; `--only NAME` builds that one shard and stops (a CI matrix job);
// `--assemble` builds no shard, only the national pages and the site from the shards' outputs;
// `--full-assembly` assembles the whole site anew instead of updating it in place.
const usage = '用法：npm run build:shards [-- --jobs N | --only 分片文件夹名 | --assemble | --full-assembly]'
const args = process.argv.slice(2).filter((a) => a !== '--')
let jobs = Math.max(1, availableParallelism())
let only: string | null = null
let assembleOnly = false
let fullAssembly = false
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--jobs' && args[i + 1]) jobs = Math.max(1, Number(args[++i]) || 1)
  else if (args[i] === '--only' && args[i + 1]) only = args[++i]!
  else if (args[i] === '--assemble') assembleOnly = true
  else if (args[i] === '--full-assembly') fullAssembly = true
  else {
    console.error(`未知参数 ${args[i]}\n${usage}`)
    process.exit(2)
  }
}

// 1. Plan.
const contentDir = path.join(ROOT, 'content')
const plan = shardPlan(contentDir)
if (plan.problems.length) {
  for (const p of plan.problems) console.error(`错误：${p.replaceAll(ROOT, '')}`)
  process.exit(1)
}
if (only !== null && !plan.shards.some((s) => s.name === only)) {
  console.error(`content/ 下没有名为 ${only} 的一级文件夹。分片有：${plan.shards.map((s) => s.name).join('、')}`)
  process.exit(2)
}
const code = codeFingerprint(ROOT)
const toBuild = assembleOnly ? [] : plan.shards.filter((s) => only === null || s.name === only)
log(`${plan.shards.length} 个分片：${plan.shards.map((s) => s.name).join('、')}；构建其中 ${toBuild.length} 个，同时构建 ${jobs} 个`)

/** Run `astro build` with `env`; its log goes to `logFile`. Resolves with the exit status and peak memory (MiB, Linux). */
function astroBuild(env: Record<string, string>, logFile: string): Promise<{ status: number | null; peakMiB: number }> {
  mkdirSync(path.dirname(logFile), { recursive: true })
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let peakMiB = 0
    const timer = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (hwm) peakMiB = Math.max(peakMiB, Math.round(Number(hwm[1]) / 1024))
      } catch {
        // not Linux, or the process is gone
      }
    }, 250)
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (status) => {
      clearInterval(timer)
      writeFileSync(logFile, output)
      resolve({ status, peakMiB })
    })
  })
}

/** The peak memory of a build, for the log ("峰值内存 N MiB"; none where /proc is missing). */
const memory = (peakMiB: number): string => (peakMiB ? `，峰值内存 ${peakMiB} MiB` : '')

const tail = (file: string, lines = 30): string => readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')

// 2. Shards.
const dirs = (s: Shard) => ({
  dist: path.join(work, s.slug, 'dist'),
  cache: path.join(work, s.slug, 'cache'),
  log: path.join(work, s.slug, 'build.log'),
  stamp: path.join(work, s.slug, 'fingerprint'),
})
const failed: string[] = []
let done = 0
let built = 0
const queue = [...toBuild]
const worker = async (): Promise<void> => {
  for (let shard = queue.shift(); shard; shard = queue.shift()) {
    const d = dirs(shard)
    const fingerprint = shardFingerprint(shard.dir, code)
    const summary = path.join(d.dist, 'shard/summary.json')
    if (existsSync(summary) && existsSync(d.stamp) && readFileSync(d.stamp, 'utf8') === fingerprint) {
      log(`分片 ${++done}/${toBuild.length} ${shard.name}：未变化，沿用上次的结果（${elapsed()}）`)
      continue
    }
    const t = performance.now()
    rmSync(d.stamp, { force: true })
    const { status, peakMiB } = await astroBuild({ PORTAL_SHARD: shard.name, PORTAL_OUT_DIR: d.dist, PORTAL_CACHE_DIR: d.cache }, d.log)
    built++
    if (status !== 0 || !existsSync(summary)) {
      failed.push(shard.name)
      log(`分片 ${++done}/${toBuild.length} ${shard.name}：构建失败（日志 ${path.relative(ROOT, d.log)}），最后几行：\n${tail(d.log)}`)
      continue
    }
    writeFileSync(d.stamp, fingerprint)
    const reports = (JSON.parse(readFileSync(summary, 'utf8')) as { reports: unknown[] }).reports.length
    log(
      `分片 ${++done}/${plan.shards.length} ${shard.name}：${reports} 份报告，${((performance.now() - t) / 1000).toFixed(1)} 秒${memory(peakMiB)}（共 ${elapsed()}）`,
    )
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, toBuild.length) }, worker))
if (failed.length) {
  console.error(
    `\n${failed.length} 个分片构建失败：${failed.join('、')}。dist/ 中仍是上一次的网站，请不要上传；修正后重新运行 npm run build:shards。`,
  )
  process.exit(1)
}

if (only !== null) {
  log(
    `分片 ${only} 已构建到 ${path.relative(ROOT, dirs(plan.shards.find((s) => s.name === only)!).dist)}（${elapsed()}）；全部分片构建后运行 npm run build:shards -- --assemble`,
  )
  process.exit(0)
}
const missing = plan.shards.filter((s) => !existsSync(path.join(dirs(s).dist, 'shard/summary.json')))
if (missing.length) {
  console.error(
    `缺少 ${missing.length} 个分片的构建结果：${missing.map((s) => s.name).join('、')}。请先构建它们（npm run build:shards -- --only 名称）。`,
  )
  process.exit(1)
}

// 3. National pages, from the summaries (and the list of extra search bundles the search page merges).
const summaries = path.join(work, 'summaries')
rmSync(summaries, { recursive: true, force: true })
mkdirSync(summaries, { recursive: true })
for (const shard of plan.shards) {
  copyFileSync(path.join(dirs(shard).dist, 'shard/summary.json'), path.join(summaries, `${shard.slug}.summary.json`))
  // The national manifest of the bulk files lists every shard's (src/utils/shard/bulk-manifests.ts).
  const bulk = path.join(dirs(shard).dist, 'data/bulk/manifest.json')
  if (existsSync(bulk)) copyFileSync(bulk, path.join(summaries, `${shard.slug}.bulk-manifest.json`))
}
writeFileSync(path.join(summaries, 'search-bundles.json'), JSON.stringify(plan.shards.slice(1).map((s) => `pagefind/shards/${s.slug}/`)))
const national = {
  dist: path.join(work, '_national', 'dist'),
  cache: path.join(work, '_national', 'cache'),
  log: path.join(work, '_national', 'build.log'),
}
const t = performance.now()
const nationalBuild = await astroBuild(
  { PORTAL_NATIONAL: summaries, PORTAL_OUT_DIR: national.dist, PORTAL_CACHE_DIR: national.cache },
  national.log,
)
if (nationalBuild.status !== 0) {
  console.error(
    `全国页面构建失败（日志 ${path.relative(ROOT, national.log)}），最后几行：\n${tail(national.log)}\ndist/ 中仍是上一次的网站，请不要上传。`,
  )
  process.exit(1)
}
log(`全国页面：${((performance.now() - t) / 1000).toFixed(1)} 秒${memory(nationalBuild.peakMiB)}（共 ${elapsed()}）`)

// 4. Assemble.
const out = path.join(ROOT, 'dist')
const waited = performance.now()
await previousSiteGone
if (previousSiteExisted)
  log(
    `上一次替换下来的网站已删除（后台删除，到构建开始后 ${previousSiteSeconds.toFixed(1)} 秒完成；合成前等待 ${((performance.now() - waited) / 1000).toFixed(1)} 秒）`,
  )
const assemblyStarted = performance.now()
let result: ReturnType<typeof assembleSite>
try {
  result = assembleSite({
    national: national.dist,
    shards: plan.shards.map((s) => ({ slug: s.slug, name: s.name, dist: dirs(s).dist })),
    out,
    previous: previousSite,
    record: path.join(work, 'assembly'),
    whole: fullAssembly,
  })
} catch (error) {
  // An update in place that failed half way is recorded as unfinished: the next run assembles the whole site.
  console.error(
    `合成 dist/ 时出错：${(error as Error).message}\ndist/ 可能只更新了一部分，请不要上传；问题解决后重新运行 npm run build:shards，会完整合成整个网站。`,
  )
  process.exit(1)
}
const assemblySeconds = ((performance.now() - assemblyStarted) / 1000).toFixed(1)
if (result.conflicts.length) {
  console.error(`${result.conflicts.length} 个文件由两个分片各写了一份不同的内容（同一地方或同一报告分在了两个文件夹）：`)
  for (const c of result.conflicts.slice(0, 50)) console.error(`  ${c}`)
  console.error('dist/ 中仍是上一次的网站，请不要上传。把同一省（地方）的报告放进同一个一级文件夹后重新运行。')
  process.exit(1)
}
log(
  result.mode === 'in-place'
    ? `合成：原地更新 dist/（有变化的输出：${result.changed.join('、') || '无'}），写入 ${result.written} 个文件，删除 ${result.removed} 个，${assemblySeconds} 秒（共 ${elapsed()}）`
    : `合成：完整合成（${result.reason}），链接 ${result.written} 个文件，${assemblySeconds} 秒（共 ${elapsed()}）`,
)
log(`完成：${plan.shards.length} 个分片（重新构建 ${built} 个），dist/ 共 ${result.files} 个文件，用时 ${elapsed()}`)
