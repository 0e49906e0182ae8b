/**
 * Measuring builds for the benchmarks (scripts/bench-build.ts, scripts/bench-full.ts): a command's
 * wall time and peak memory, the size of a built site, and the baseline every build is compared
 * with, a minimal Astro 7 site that renders one trivial page per report file.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface Measured {
  seconds: number
  /** Peak resident memory in MiB: the process's own (VmHWM), or the largest any build it started reported. */
  peakMiB: number | null
  /**
   * Peak of the resident memory of the process and everything below it, summed (sampled every
   * 250 ms): with the search index built beside the pages, the Pagefind binary's memory adds to
   * Astro's at the same time.
   */
  treePeakMiB: number | null
  output: string
}

/** The process `pid` and every process below it (Linux: /proc/<pid>/task/<tid>/children). */
function processTree(pid: number): number[] {
  const all: number[] = []
  const queue = [pid]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    all.push(next)
    try {
      for (const tid of readdirSync(`/proc/${next}/task`))
        for (const child of readFileSync(`/proc/${next}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) queue.push(Number(child))
    } catch {
      // gone meanwhile
    }
  }
  return all
}

/** Resident memory of `pids` summed, in MiB (processes gone meanwhile count 0). */
function residentMiB(pids: readonly number[]): number {
  let kb = 0
  for (const pid of pids)
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // gone meanwhile
    }
  return kb / 1024
}

/** Run a command; its wall time and the peak resident memory of its process (sampled from /proc on Linux). */
export function measured(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(cmd, args, {
      cwd,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        NO_COLOR: '1',
        PORTAL_SITE: 'https://www.example-county.gov.cn',
        ...env,
      },
    })
    let output = ''
    let peak: number | null = null
    let treePeak: number | null = null
    const sample = (): void => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (hwm) peak = Math.max(peak ?? 0, Number(hwm[1]) / 1024)
        if (child.pid !== undefined) treePeak = Math.max(treePeak ?? 0, residentMiB(processTree(child.pid)))
      } catch {
        // not Linux, or the process is gone
      }
    }
    const timer = setInterval(sample, 250)
    child.stdout.on('data', (b: Buffer) => (output += b.toString()))
    child.stderr.on('data', (b: Buffer) => (output += b.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      // The shard runner reports each build's peak itself ("峰值内存 N MiB"): the largest counts.
      for (const m of output.matchAll(/峰值内存 (\d+) MiB/g)) peak = Math.max(peak ?? 0, Number(m[1]))
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`))
      else resolve({ seconds: (performance.now() - start) / 1000, peakMiB: peak, treePeakMiB: treePeak, output })
    })
  })
}

/** Total bytes, file count and the largest .html file below `dir`. */
export function distSize(dir: string): { bytes: number; files: number; largestHtml: { path: string; bytes: number } } {
  let bytes = 0
  let files = 0
  let largestHtml = { path: '', bytes: 0 }
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    const p = path.join(e.parentPath, e.name)
    const size = statSync(p).size
    bytes += size
    files++
    if (p.endsWith('.html') && size > largestHtml.bytes) largestHtml = { path: path.relative(dir, p), bytes: size }
  }
  return { bytes, files, largestHtml }
}

/** Write the baseline site into `dir`: one trivial page per file below `corpus`. */
export function writeMinimalSite(dir: string, corpus: string, nodeModules: string): void {
  mkdirSync(path.join(dir, 'src/pages/r'), { recursive: true })
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir')
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n')
  writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { output: 'static', cacheDir: './.cache-astro' }\n")
  writeFileSync(
    path.join(dir, 'src/pages/r/[n].astro'),
    `---
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
export function getStaticPaths() {
  const files = []
  const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : !e.name.startsWith('.') && files.push(join(d, e.name)) }
  walk(${JSON.stringify(corpus)})
  return files.map((file, n) => ({ params: { n: String(n) }, props: { file } }))
}
const { file } = Astro.props
const bytes = readFileSync(file).length
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{file}</title></head><body><p>{file}：{bytes} 字节</p></body></html>
`,
  )
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
