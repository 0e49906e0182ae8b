/**
 * `npm run dev` shows what a build would refuse, in the browser: run for real (`astro dev` in a
 * scratch copy of the project), a file with an error is named with its error at the top of every
 * page, the other reports are still previewed, and the notice goes away once the file is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scratchProject, type ScratchProject } from '../support/scratch-project.ts'
import { shellEnv } from '../support/shell-env.ts'

let project: ScratchProject | undefined
let dir = ''
let server: ChildProcess | null = null
let origin = ''
let output = ''

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => done(port))
    })
  })
}

/** Poll `check` until it returns true or `ms` pass. */
async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true
    await new Promise((r) => setTimeout(r, 300))
  }
  return false
}

const page = async (path: string): Promise<{ status: number; html: string }> => {
  const r = await fetch(origin + path)
  return { status: r.status, html: await r.text() }
}

beforeAll(async () => {
  project = scratchProject('dev-preview')
  dir = project.dir
  writeFileSync(join(dir, 'content/reports/空白镇-2021.txt'), '')
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: shellEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', (b) => (output += String(b)))
  server.stderr!.on('data', (b) => (output += String(b)))
  let last = ''
  const ready = await until(async () => {
    const r = await fetch(origin + '/')
    last = `${r.status} ${(await r.text()).slice(0, 1500)}`
    return r.status === 200
  }, 120_000)
  if (!ready) throw new Error(`astro dev did not start:\n${output.slice(-3000)}\nlast answer: ${last}`)
}, 180_000)

afterAll(() => {
  server?.kill('SIGTERM')
  project?.remove()
})

describe('npm run dev', { timeout: 120_000 }, () => {
  it('names a file a build would refuse, with its error, at the top of every page', async () => {
    for (const path of ['/', '/reports/640521205000-2021/', '/search/']) {
      const { status, html } = await page(path)
      expect(status, path).toBe(200)
      expect(html, path).toContain('预览提示：1 个文件有错误')
      expect(html, path).toContain('content/reports/空白镇-2021.txt:1:1  错误  文件是空的')
      expect(html, path).toContain('empty-file')
    }
    // The other reports are still previewed, with their own problems on their page.
    expect((await page('/reports/141181100000-2021/')).html).toContain('未找到表二')
  })

  it("serves each report's downloads (JSON, CSV, original), which a build writes beside its pages", async () => {
    const json = await fetch(`${origin}/data/reports/640521205000-2021.json`)
    expect(json.status).toBe(200)
    expect(json.headers.get('content-type')).toContain('application/json')
    const record = (await json.json()) as { id: string; source: { path: string } }
    expect(record.id).toBe('640521205000-2021')
    const csv = await fetch(`${origin}/data/tables/640521205000-2021.csv`)
    expect(csv.status).toBe(200)
    expect(await csv.text()).toContain('区划代码')
    const original = await fetch(`${origin}/reports/640521205000-2021/original.txt`)
    expect(original.status).toBe(200)
    expect(Buffer.from(await original.arrayBuffer()).equals(readFileSync(join(dir, record.source.path)))).toBe(true)
    // No such report, or the wrong ending: not found.
    expect((await fetch(`${origin}/data/reports/000000000000-2021.json`)).status).toBe(404)
    expect((await fetch(`${origin}/reports/640521205000-2021/original.pdf`)).status).toBe(404)
  })

  it('drops the notice once the file is fixed', async () => {
    rmSync(join(dir, 'content/reports/空白镇-2021.txt'))
    const gone = await until(async () => !(await page('/')).html.includes('预览提示'), 60_000)
    expect(gone, output.slice(-2000)).toBe(true)
  })
})
