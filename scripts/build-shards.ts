/**
 * `npm run build:shards [-- --jobs N | --only NAME | --assemble]`: build the site in shards (docs/shards.md).
 *
 * 1. Plan: each first-level folder of content/ is a shard (scripts/shards/plan.ts).
 * 2. Shards: each changed shard is built on its own (`astro build` with PORTAL_SHARD, its own
 *    output and cache under .shards/<slug>/), N at a time (default: one per core). An unchanged
 *    shard (same files, same code and settings) keeps its last output.
 * 3. National: the pages above the shards, from the shards' summaries (PORTAL_NATIONAL), started
 *    as soon as every summary is there: a shard rebuilt from records its last build stored gets
 *    its summary from the runner while it builds (scripts/shards/early-summary.ts), so the national
 *    build runs beside it; the runner checks that summary against the shard's own before using it.
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
import { availableParallelism, setPriority } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { recordIndexFile } from '../src/loaders/record-index.ts'
import { assembleSite } from './shards/assemble.ts'
import type { EarlyFiles, EarlySummary } from './shards/early-summary.ts'
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
// `--full-assembly` assembles the whole site anew instead of updating it in place; `--wait-for-shards`
// builds the national pages only after every shard (no early summaries: the way before, a baseline for benchmarks).
const usage = '用法：npm run build:shards [-- --jobs N | --only 分片文件夹名 | --assemble | --full-assembly | --wait-for-shards]'
const args = process.argv.slice(2).filter((a) => a !== '--')
let jobs = Math.max(1, availableParallelism())
let only: string | null = null
let assembleOnly = false
let fullAssembly = false
let waitForShards = false
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--jobs' && args[i + 1]) jobs = Math.max(1, Number(args[++i]) || 1)
  else if (args[i] === '--only' && args[i + 1]) only = args[++i]!
  else if (args[i] === '--assemble') assembleOnly = true
  else if (args[i] === '--full-assembly') fullAssembly = true
  else if (args[i] === '--wait-for-shards') waitForShards = true
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

/**
 * Run `astro build` with `env`; its log goes to `logFile`. Resolves with the exit status and peak
 * memory (MiB, Linux). `signal` stops the build (its status is then null); `niceness` lowers its
 * priority (and its children's: Pagefind) where the system allows it.
 */
function astroBuild(
  env: Record<string, string>,
  logFile: string,
  signal?: AbortSignal,
  niceness = 0,
): Promise<{ status: number | null; peakMiB: number }> {
  mkdirSync(path.dirname(logFile), { recursive: true })
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    })
    if (niceness && child.pid !== undefined)
      try {
        setPriority(child.pid, niceness)
      } catch {
        // not allowed here: the build runs at the runner's priority
      }
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
    child.on('error', (error) => {
      if (error.name !== 'AbortError') reject(error)
    })
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

// 2. Shards, and 3. the national pages as soon as every shard's summary is there (while shards
// still build: scripts/shards/early-summary.ts).
const dirs = (s: Shard) => ({
  dist: path.join(work, s.slug, 'dist'),
  cache: path.join(work, s.slug, 'cache'),
  log: path.join(work, s.slug, 'build.log'),
  stamp: path.join(work, s.slug, 'fingerprint'),
  early: { summary: path.join(work, s.slug, 'early/summary.json'), bulkManifest: path.join(work, s.slug, 'early/bulk-manifest.json') },
})
/** The summary and bulk manifest a shard build wrote into its output. */
const builtFiles = (s: Shard): EarlyFiles => ({
  summary: path.join(dirs(s).dist, 'shard/summary.json'),
  bulkManifest: path.join(dirs(s).dist, 'data/bulk/manifest.json'),
})
/** Settles when a shard's summary for the national build is there: its files, or null when its build failed. */
const ready = new Map<string, { promise: Promise<EarlyFiles | null>; settle: (files: EarlyFiles | null) => void }>()
for (const shard of plan.shards) {
  let settle: (files: EarlyFiles | null) => void = () => {}
  const promise = new Promise<EarlyFiles | null>((resolve) => (settle = resolve))
  ready.set(shard.slug, { promise, settle })
  if (!toBuild.includes(shard)) settle(existsSync(builtFiles(shard).summary) ? builtFiles(shard) : null)
}
/** The shards whose summary the national build used before their own build ended: checked against it afterwards. */
const madeEarly = new Map<Shard, EarlyFiles>()
const stopNational = new AbortController()
const failed: string[] = []
let done = 0
let built = 0
/** Each shard's fingerprint, and whether its last output still holds (same files, code and settings). */
const stamps = new Map(
  toBuild.map((shard) => {
    const fingerprint = shardFingerprint(shard.dir, code)
    const stamp = dirs(shard).stamp
    const kept = existsSync(builtFiles(shard).summary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint
    return [shard, { fingerprint, kept }] as const
  }),
)
// Early summaries pay when the national build gets a core of its own beside the shards to build
// (a report or two changed); when more shards change than run at once, the national build starts
// near the end anyway and the runner's work would only slow the shards (1–10 ms a report).
const changed = toBuild.filter((s) => !stamps.get(s)!.kept).length
const makeEarly = only === null && !waitForShards && changed < jobs
// Beside an early summary, the longer path is the runner's summary and then the national build;
// the shard build yields them the cores when both want them. 10,000 reports, one changed, 5 runs
// each way alternating (2026-12-02): median 19.0 s at niceness 4 against 20.3 s at 0.
const EARLY_SHARD_NICENESS = 4
if (only === null && !waitForShards && !makeEarly)
  log(`${changed} 个分片需要重新构建（不少于同时构建的 ${jobs} 个）：全国页面在分片构建完后开始`)
const queue = [...toBuild]
const worker = async (): Promise<void> => {
  for (let shard = queue.shift(); shard; shard = queue.shift()) {
    const d = dirs(shard)
    const { fingerprint, kept } = stamps.get(shard)!
    if (kept) {
      ready.get(shard.slug)!.settle(builtFiles(shard))
      log(`分片 ${++done}/${toBuild.length} ${shard.name}：未变化，沿用上次的结果（${elapsed()}）`)
      continue
    }
    const t = performance.now()
    rmSync(d.stamp, { force: true })
    const building = astroBuild(
      { PORTAL_SHARD: shard.name, PORTAL_OUT_DIR: d.dist, PORTAL_CACHE_DIR: d.cache },
      d.log,
      undefined,
      makeEarly ? EARLY_SHARD_NICENESS : 0,
    )
    // The shard's summary from the records its last build stored, while it builds (not for a CI matrix job, which builds no national pages).
    if (makeEarly && existsSync(recordIndexFile(d.cache))) {
      // Loaded here, not at start: it brings the engine (most of a second), which a run that builds no shard again never needs.
      const { earlySummary } = await import('./shards/early-summary.ts')
      const result = await earlySummary(ROOT, shard.name, d.cache, d.early).catch((error: Error): EarlySummary => ({
        made: false,
        reason: error.message,
      }))
      if (result.made) {
        madeEarly.set(shard, d.early)
        ready.get(shard.slug)!.settle(d.early)
        log(
          `分片 ${shard.name}：摘要已由上次构建的记录提前生成（${result.reports} 份报告，新解析 ${result.parsed} 份，${((performance.now() - t) / 1000).toFixed(1)} 秒），全国页面不必等它构建完`,
        )
      } else log(`分片 ${shard.name}：未能提前生成摘要（${result.reason}），全国页面等它构建完`)
    }
    const { status, peakMiB } = await building
    const summary = builtFiles(shard).summary
    built++
    if (status !== 0 || !existsSync(summary)) {
      failed.push(shard.name)
      ready.get(shard.slug)!.settle(null)
      stopNational.abort()
      log(`分片 ${++done}/${toBuild.length} ${shard.name}：构建失败（日志 ${path.relative(ROOT, d.log)}），最后几行：\n${tail(d.log)}`)
      continue
    }
    writeFileSync(d.stamp, fingerprint)
    ready.get(shard.slug)!.settle(builtFiles(shard))
    const reports = (JSON.parse(readFileSync(summary, 'utf8')) as { reports: unknown[] }).reports.length
    log(
      `分片 ${++done}/${plan.shards.length} ${shard.name}：${reports} 份报告，${((performance.now() - t) / 1000).toFixed(1)} 秒${memory(peakMiB)}（共 ${elapsed()}）`,
    )
  }
}

// 3. National pages, from the summaries (and the list of extra search bundles the search page merges).
const summaries = path.join(work, 'summaries')
const national = {
  dist: path.join(work, '_national', 'dist'),
  cache: path.join(work, '_national', 'cache'),
  log: path.join(work, '_national', 'build.log'),
}
/** The national build, once every summary is there; null when a shard failed or is missing, or for a CI matrix job. */
const nationalRun = (async () => {
  if (only !== null) return null
  const files = await Promise.all(plan.shards.map((s) => ready.get(s.slug)!.promise))
  if (files.some((f) => !f) || stopNational.signal.aborted) return null
  rmSync(summaries, { recursive: true, force: true })
  mkdirSync(summaries, { recursive: true })
  for (const [i, shard] of plan.shards.entries()) {
    copyFileSync(files[i]!.summary, path.join(summaries, `${shard.slug}.summary.json`))
    // The national manifest of the bulk files lists every shard's (src/utils/shard/bulk-manifests.ts).
    if (existsSync(files[i]!.bulkManifest)) copyFileSync(files[i]!.bulkManifest, path.join(summaries, `${shard.slug}.bulk-manifest.json`))
  }
  writeFileSync(path.join(summaries, 'search-bundles.json'), JSON.stringify(plan.shards.slice(1).map((s) => `pagefind/shards/${s.slug}/`)))
  const t = performance.now()
  const running = queue.length > 0 || done < toBuild.length
  const result = await astroBuild(
    { PORTAL_NATIONAL: summaries, PORTAL_OUT_DIR: national.dist, PORTAL_CACHE_DIR: national.cache },
    national.log,
    stopNational.signal,
  )
  return { ...result, seconds: (performance.now() - t) / 1000, alongside: running }
})()

await Promise.all(Array.from({ length: Math.min(jobs, toBuild.length) }, worker))
if (failed.length) {
  await nationalRun
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
const missing = plan.shards.filter((s) => !existsSync(builtFiles(s).summary))
if (missing.length) {
  console.error(
    `缺少 ${missing.length} 个分片的构建结果：${missing.map((s) => s.name).join('、')}。请先构建它们（npm run build:shards -- --only 名称）。`,
  )
  process.exit(1)
}
// A summary made early must be the one its shard's build wrote; else the national pages are not used.
for (const [shard, early] of madeEarly) {
  const { earlyOutputMismatch } = await import('./shards/early-summary.ts')
  const differs = earlyOutputMismatch(early, builtFiles(shard))
  if (differs === null) continue
  stopNational.abort()
  await nationalRun
  console.error(
    `程序错误：分片 ${shard.name} 提前生成的摘要与其构建写出的 ${path.relative(ROOT, differs)} 不同，全国页面不能使用。dist/ 中仍是上一次的网站，请不要上传；请报告此问题，并删除 .shards/${shard.slug}/cache 后重新运行。`,
  )
  process.exit(1)
}
const nationalBuild = await nationalRun
if (!nationalBuild || nationalBuild.status !== 0) {
  console.error(
    `全国页面构建失败（日志 ${path.relative(ROOT, national.log)}），最后几行：\n${tail(national.log)}\ndist/ 中仍是上一次的网站，请不要上传。`,
  )
  process.exit(1)
}
log(
  `全国页面：${nationalBuild.seconds.toFixed(1)} 秒${nationalBuild.alongside ? '，与分片同时构建' : ''}${memory(nationalBuild.peakMiB)}（共 ${elapsed()}）`,
)

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
