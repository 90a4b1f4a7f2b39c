/**
 * A bare static file server that serves `dist/` only under a sub-path, to prove the build works
 * wherever it is copied: anything the page asks for outside that path gets a 404.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

export interface StaticServer {
  readonly url: string
  close: () => Promise<void>
}

export async function serveUnder(root: string, prefix: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end()
      return
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html').replace(
      /^(\.\.[/\\])+/,
      '',
    )
    const file = join(root, relative.endsWith('/') ? `${relative}index.html` : relative)
    stat(file)
      .then((info) => {
        if (!info.isFile()) throw new Error('not a file')
        const type = TYPES[extname(file)] ?? 'application/octet-stream'
        response.writeHead(200, { 'content-type': type })
        createReadStream(file).pipe(response)
      })
      .catch(() => response.writeHead(404).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
