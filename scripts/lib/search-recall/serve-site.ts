/**
 * A small static host (node:http only) for measuring a built site as a visitor gets it:
 * - the site lives under `base` (`/` or e.g. `/gk/nianbao/`); `/x/` serves `x/index.html`,
 *   `/x` (a folder) redirects to `/x/`, anything else outside the site is 404;
 * - text files (HTML, CSS, JS, JSON, XML, SVG, plain text) are gzip-compressed when the browser
 *   accepts it, as a host with gzip on does (nginx `gzip on` with `gzip_types`); Pagefind's
 *   chunks and wasm are gzip already and go as they are;
 * - `cache-control: public, max-age=3600`, so that within one visit a file is fetched once (a cold
 *   first visit is a fresh browser context, whose cache is empty);
 * - nothing outside the folder is ever served.
 * tests/e2e/server.ts is the e2e tests' host (no compression, no-store); this one is for byte counts.
 */
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface SiteServer {
  /** The site's address: origin and base, e.g. `http://127.0.0.1:41234/gk/nianbao/`. */
  url: string
  close(): Promise<void>
}

export interface ServeOptions {
  /** The base path the site was built for, starting and ending with `/`. Default `/`. */
  base?: string
  /** Compress text files for browsers that accept gzip. Default true. */
  gzip?: boolean
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/** Content type by extension; Pagefind's `.pf_*` and `.pagefind` files are octet-stream. */
export const typeOf = (file: string): string => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'

/** True for the types a gzip-enabled host compresses. */
export const compressible = (type: string): boolean => /^text\/|^application\/(json|xml)|^image\/svg/u.test(type)

async function fileAt(file: string): Promise<string | null> {
  try {
    const info = await stat(file)
    if (info.isFile()) return file
    return null
  } catch {
    return null
  }
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory()
  } catch {
    return false
  }
}

/** Answer one request for the site in `root` (absolute) under `base`. */
export async function answer(root: string, base: string, gzip: boolean, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: Buffer | string, headers: Record<string, string | number> = {}): void => {
    res.writeHead(status, { 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff', ...headers })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed', { allow: 'GET, HEAD' })
  const url = new URL(req.url ?? '/', 'http://host')
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return send(400, 'Bad Request')
  }
  if (pathname.includes('\0')) return send(400, 'Bad Request')
  if (base !== '/' && pathname === base.slice(0, -1)) return send(301, '', { location: `${base}${url.search}` })
  const notFound = async (): Promise<void> => {
    const page = await fileAt(path.join(root, '404.html'))
    if (page) return send(404, await readFile(page), { 'content-type': typeOf(page) })
    return send(404, 'Not Found', { 'content-type': 'text/plain; charset=utf-8' })
  }
  if (!pathname.startsWith(base)) return notFound()
  const inside = pathname.slice(base.length - 1)
  const target = path.resolve(root, `.${inside}`)
  if (target !== root && !target.startsWith(root + path.sep)) return notFound()
  if (!inside.endsWith('/') && (await isFolder(target))) return send(301, '', { location: `${url.pathname}/${url.search}` })
  const file = await fileAt(inside.endsWith('/') ? path.join(target, 'index.html') : target)
  if (!file) return notFound()
  const type = typeOf(file)
  const bytes = await readFile(file)
  const accepts = /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))
  if (gzip && accepts && compressible(type)) {
    const body = gzipSync(bytes, { level: 6 })
    return send(200, body, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' })
  }
  return send(200, bytes, { 'content-type': type, 'content-length': bytes.length })
}

/** Serve the site in `dir` on 127.0.0.1 at a free port. */
export async function serveSite(dir: string, options: ServeOptions = {}): Promise<SiteServer> {
  const root = path.resolve(dir)
  const base = options.base ?? '/'
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`)
  const server = createServer((req, res) => {
    answer(root, base, options.gzip ?? true, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error))
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
