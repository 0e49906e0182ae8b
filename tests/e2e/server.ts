/**
 * A tiny static file server (node:http only) for the built site in dist/.
 *
 * Behaves like a plain static host with `trailingSlash: 'always'`:
 * - `/dir/` serves `dir/index.html`; `/dir` (a directory) redirects 301 to `/dir/`;
 * - unknown paths get `404.html` (if present) with status 404;
 * - only GET and HEAD; nothing outside the root is ever served.
 * It listens on 127.0.0.1 on a free port (port 0) unless told otherwise. With a `prefix`
 * (`/gk/nianbao/`) it serves the site only under that path, as a county's site would a build
 * with that base: `/gk/nianbao/x/` is `x/index.html`, `/gk/nianbao` redirects to `/gk/nianbao/`,
 * everything else is 404.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface StaticServer {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string
  port: number
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
}

/** Content type by file extension; unknown (e.g. Pagefind's `.pf_*` chunks) is octet-stream. */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

async function statOrNull(file: string) {
  try {
    return await stat(file)
  } catch {
    return null
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, status = 200): void {
  res.writeHead(status, {
    'content-type': contentType(file),
    'content-length': size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(file)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers })
  res.end(text)
}

async function notFound(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const page = path.join(root, '404.html')
  const info = await statOrNull(page)
  if (info?.isFile()) sendFile(req, res, page, info.size, 404)
  else sendText(res, 404, 'Not Found')
}

/** Handle one request against `root` (an absolute directory) served under `prefix` (default `/`). */
export async function handle(root: string, req: IncomingMessage, res: ServerResponse, prefix = '/'): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' })
    return
  }
  const url = new URL(req.url ?? '/', 'http://localhost')
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    sendText(res, 400, 'Bad Request')
    return
  }
  if (pathname.includes('\0')) {
    sendText(res, 400, 'Bad Request')
    return
  }
  if (prefix !== '/') {
    if (pathname === prefix.slice(0, -1)) {
      sendText(res, 301, 'Moved Permanently', { location: `${prefix}${url.search}` })
      return
    }
    if (!pathname.startsWith(prefix)) {
      await notFound(req, res, root)
      return
    }
    pathname = pathname.slice(prefix.length - 1)
  }
  const file = path.resolve(root, `.${pathname}`)
  if (file !== root && !file.startsWith(root + path.sep)) {
    await notFound(req, res, root)
    return
  }
  const info = await statOrNull(file)
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      sendText(res, 301, 'Moved Permanently', { location: `${url.pathname}/${url.search}` })
      return
    }
    const index = path.join(file, 'index.html')
    const indexInfo = await statOrNull(index)
    if (indexInfo?.isFile()) sendFile(req, res, index, indexInfo.size)
    else await notFound(req, res, root)
    return
  }
  if (info?.isFile() && !pathname.endsWith('/')) {
    sendFile(req, res, file, info.size)
    return
  }
  await notFound(req, res, root)
}

/** Serve `dir` on `host:port` (default 127.0.0.1, a free port), under `prefix` (default `/`, e.g. `/gk/nianbao/`). */
export async function serveStatic(dir: string, options: { host?: string; port?: number; prefix?: string } = {}): Promise<StaticServer> {
  const root = path.resolve(dir)
  const host = options.host ?? '127.0.0.1'
  const prefix = options.prefix ?? '/'
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`serveStatic: prefix must start and end with "/": ${prefix}`)
  const server = createServer((req, res) => {
    handle(root, req, res, prefix).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Internal Server Error: ${String(error)}`)
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
