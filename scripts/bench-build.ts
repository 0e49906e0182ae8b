/**
 * `npm run bench:build [-- N]` (default 1000): the whole-site build at scale, against a baseline
 * measured in the same run. A synthetic corpus of N reports (`npm run corpus`) is built twice:
 * 1. the baseline, a minimal Astro 7 site that renders one trivial page per report file;
 * 2. this portal, from a scratch copy of the project with the corpus as its content/.
 * Each build's wall time and peak memory (the build process's VmHWM, Linux /proc) are recorded,
 * with the portal's ratio to the baseline, dist/ size and the largest HTML page, in bench/BUILD.md.
 * The machines are shared and noisy: the ratio, not the seconds, is the figure to compare.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { scratchProject } from '../tests/support/scratch-project.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000)
const work = mkdtempSync(path.join(tmpdir(), `bench-build-${N}-`))
const log = (line: string): void => console.error(`[bench:build] ${line}`)

/** Run a command; its wall time and the peak resident memory of its process (sampled from /proc). */
function measured(cmd: string, args: string[], cwd: string): Promise<{ seconds: number; peakMiB: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PORTAL_SITE: 'https://www.example-county.gov.cn' },
    })
    let output = ''
    let peak: number | null = null
    const sample = (): void => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status)
        if (hwm) peak = Math.max(peak ?? 0, Number(hwm[1]) / 1024)
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
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`))
      else resolve({ seconds: (performance.now() - start) / 1000, peakMiB: peak, output })
    })
  })
}

/** Total bytes and the largest .html file below `dir`. */
function distSize(dir: string): { bytes: number; files: number; largestHtml: { path: string; bytes: number } } {
  let bytes = 0
  let files = 0
  let largestHtml = { path: '', bytes: 0 }
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else {
        const size = statSync(p).size
        bytes += size
        files++
        if (p.endsWith('.html') && size > largestHtml.bytes) largestHtml = { path: path.relative(dir, p), bytes: size }
      }
    }
  }
  walk(dir)
  return { bytes, files, largestHtml }
}

const node = process.execPath
const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs')

// 1. The corpus.
const corpus = path.join(work, 'corpus')
log(`generating ${N} reports in ${corpus}`)
await measured(node, ['--import', 'tsx', path.join(ROOT, 'scripts/corpus.ts'), String(N), corpus, '--seed', '1'], ROOT)

// 2. The baseline: a minimal Astro site, one trivial page per report file read from disk.
const minimal = path.join(work, 'minimal')
mkdirSync(path.join(minimal, 'src/pages/r'), { recursive: true })
symlinkSync(path.join(ROOT, 'node_modules'), path.join(minimal, 'node_modules'), 'dir')
writeFileSync(path.join(minimal, 'package.json'), '{"type":"module"}\n')
writeFileSync(path.join(minimal, 'astro.config.mjs'), "export default { output: 'static', cacheDir: './.cache-astro' }\n")
writeFileSync(
  path.join(minimal, 'src/pages/r/[n].astro'),
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
log('building the minimal Astro site (baseline)')
const base = await measured(node, [astro, 'build'], minimal)

// 3. The portal, from a scratch copy with the corpus as content/.
const scratch = scratchProject('bench-portal', { withContent: false })
const portal = scratch.dir
cpSync(corpus, path.join(portal, 'content/reports'), { recursive: true })
cpSync(path.join(ROOT, 'content/places.yaml'), path.join(portal, 'content/places.yaml'))
log('building the portal (cold)')
const cold = await measured(node, [astro, 'build'], portal)
const size = distSize(path.join(portal, 'dist'))
const store = statSync(path.join(portal, '.cache-astro/data-store.json')).size

// 4. The results.
const mib = (n: number): string => (n / 1024 / 1024).toFixed(1)
const peak = (m: number | null): string => (m === null ? '–' : `${(m / 1024).toFixed(2)} GB`)
const lines = [
  '# Whole-site build at scale',
  '',
  `Written by \`npm run bench:build -- ${N}\` (scripts/bench-build.ts) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
  `One run of each build, in the same run; the machine is shared, so compare the ratio rather than the seconds.`,
  '',
  `Corpus: ${N} synthetic reports (\`npm run corpus -- ${N} DIR --seed 1\`: real townships, 3–6 years each, text, Markdown, web pages and Word files).`,
  '',
  '| build | wall time | ratio | peak memory |',
  '|---|---|---|---|',
  `| minimal Astro 7 site, one trivial page per report (baseline) | ${base.seconds.toFixed(1)} s | 1.0× | ${peak(base.peakMiB)} |`,
  `| this portal, cold | ${cold.seconds.toFixed(1)} s | ${(cold.seconds / base.seconds).toFixed(1)}× | ${peak(cold.peakMiB)} |`,
  '',
  `Portal output: \`dist/\` ${mib(size.bytes)} MB in ${size.files} files (${(size.bytes / N / 1024).toFixed(0)} KB per report); largest HTML page ${(size.largestHtml.bytes / 1024).toFixed(0)} KB (\`${size.largestHtml.path}\`); Astro data store ${mib(store)} MB.`,
  '',
  'Targets (issue 9) at 10,000 reports: cold build ≤ 2× the baseline and ≤ 4 GB; no HTML page over 200 KB; `dist/` ≤ 150 KB per report.',
  '',
]
mkdirSync(path.join(ROOT, 'bench'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench', `BUILD-${N}.md`), lines.join('\n'))
console.log(lines.join('\n'))
rmSync(work, { recursive: true, force: true })
scratch.remove()
