/** The e2e static server (tests/e2e/server.ts) on a throwaway directory: no build needed. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { contentType, serveStatic, type StaticServer } from '../e2e/server.ts'

let parent: string
let server: StaticServer
/** The same site served under /gk/nianbao/, as a county's site would publish it. */
let prefixed: StaticServer

/** A raw request, so the path reaches the server exactly as written (fetch would normalise it). */
function raw(
  method: string,
  rawPath: string,
  port = server.port,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: rawPath }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'static-server-'))
  const root = path.join(parent, 'site')
  await mkdir(path.join(root, '报告', '2024'), { recursive: true })
  await mkdir(path.join(root, 'empty'))
  await writeFile(path.join(parent, 'secret.txt'), 'outside the root')
  await writeFile(path.join(root, 'index.html'), '<h1>home</h1>')
  await writeFile(path.join(root, '404.html'), '<h1>not found</h1>')
  await writeFile(path.join(root, '报告', '2024', 'index.html'), '<h1>年报</h1>')
  await writeFile(path.join(root, 'app.js'), 'export {}')
  server = await serveStatic(root)
  prefixed = await serveStatic(root, { prefix: '/gk/nianbao/' })
})

afterAll(async () => {
  await server?.close()
  await prefixed?.close()
  await rm(parent, { recursive: true, force: true })
})

describe('static server', () => {
  test('listens on loopback with a trailing-slash origin', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  test('serves index.html for / and for a directory path with a slash', async () => {
    const home = await raw('GET', '/')
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(home.body).toBe('<h1>home</h1>')
    const report = await raw('GET', `/${encodeURIComponent('报告')}/2024/`)
    expect(report.status).toBe(200)
    expect(report.body).toBe('<h1>年报</h1>')
  })

  test('redirects a directory path without a slash, keeping the query', async () => {
    const res = await raw('GET', `/${encodeURIComponent('报告')}/2024?q=1`)
    expect(res.status).toBe(301)
    expect(res.headers.location).toBe(`/${encodeURIComponent('报告')}/2024/?q=1`)
  })

  test('answers unknown paths, file paths with a slash and index-less directories with 404.html', async () => {
    for (const p of ['/nope/', '/app.js/', '/empty/']) {
      const res = await raw('GET', p)
      expect(res.status, p).toBe(404)
      expect(res.body, p).toBe('<h1>not found</h1>')
    }
  })

  test('never serves files outside the root', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const res = await raw('GET', p)
      expect(res.status, p).toBe(404)
      expect(res.body, p).not.toContain('outside the root')
    }
  })

  test('rejects bad encodings and NUL bytes', async () => {
    expect((await raw('GET', '/%E0%A4%A')).status).toBe(400)
    expect((await raw('GET', '/index.html%00.js')).status).toBe(400)
  })

  test('supports HEAD and refuses other methods', async () => {
    const head = await raw('HEAD', '/app.js')
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe('9')
    expect(head.body).toBe('')
    const post = await raw('POST', '/')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
  })

  test('maps content types, with octet-stream for Pagefind chunks', () => {
    expect(contentType('a/pagefind.js')).toBe('text/javascript; charset=utf-8')
    expect(contentType('wasm.zh-cn.pagefind')).toBe('application/octet-stream')
    expect(contentType('x.pf_meta')).toBe('application/octet-stream')
    expect(contentType('x.wasm')).toBe('application/wasm')
    expect(contentType('STYLE.CSS')).toBe('text/css; charset=utf-8')
  })
})

describe('static server under a prefix', () => {
  test('serves the site below the prefix only', async () => {
    expect((await raw('GET', '/gk/nianbao/', prefixed.port)).body).toBe('<h1>home</h1>')
    const report = await raw('GET', `/gk/nianbao/${encodeURIComponent('报告')}/2024/`, prefixed.port)
    expect(report.status).toBe(200)
    expect(report.body).toBe('<h1>年报</h1>')
    expect((await raw('GET', '/gk/nianbao/app.js', prefixed.port)).body).toBe('export {}')
    for (const p of ['/', '/app.js', '/gk/', '/gk/nianbaox/app.js']) {
      const res = await raw('GET', p, prefixed.port)
      expect(res.status, p).toBe(404)
      expect(res.body, p).toBe('<h1>not found</h1>')
    }
  })

  test('redirects the prefix and directories without a slash, keeping the prefix', async () => {
    const bare = await raw('GET', '/gk/nianbao?q=1', prefixed.port)
    expect(bare.status).toBe(301)
    expect(bare.headers.location).toBe('/gk/nianbao/?q=1')
    const dir = await raw('GET', `/gk/nianbao/${encodeURIComponent('报告')}/2024`, prefixed.port)
    expect(dir.status).toBe(301)
    expect(dir.headers.location).toBe(`/gk/nianbao/${encodeURIComponent('报告')}/2024/`)
  })

  test('never serves files outside the root through the prefix', async () => {
    for (const p of ['/gk/nianbao/../secret.txt', '/gk/nianbao/%2e%2e/secret.txt', '/gk/nianbao/..%2fsecret.txt']) {
      const res = await raw('GET', p, prefixed.port)
      expect(res.status, p).toBe(404)
      expect(res.body, p).not.toContain('outside the root')
    }
  })
})
