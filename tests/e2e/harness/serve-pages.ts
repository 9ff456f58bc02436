import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

/** A running fixture server. */
export interface PageServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Stops listening and drops keep-alive connections so the process can exit. */
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a request path to a file under `root`, or null if it escapes it or is malformed. */
function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Response headers a page asks for in a `<name>.headers.json` sidecar (e.g.
 * a Content-Security-Policy); none when there is no sidecar.
 */
async function extraHeaders(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(`${file}.headers.json`, 'utf8');
  } catch {
    return {};
  }
  return JSON.parse(text) as Record<string, string>;
}

/** URL path prefixes (e.g. `/vendor/preact/`) served from another directory. */
export type Mounts = Readonly<Record<string, string>>;

/** The directory and path a request maps to: a mount's, or the root's. */
function placeOf(root: string, mounts: Mounts, urlPath: string): [string, string] {
  for (const [prefix, dir] of Object.entries(mounts))
    if (urlPath.startsWith(prefix)) return [resolve(dir), `/${urlPath.slice(prefix.length)}`];
  return [root, urlPath];
}

/**
 * Serves the files under `root` on 127.0.0.1, on a free port; see
 * `extraHeaders`. `mounts` serve a library from node_modules to the pages
 * without copying it into the repository.
 */
export async function servePages(root: string, mounts: Mounts = {}): Promise<PageServer> {
  const absRoot = resolve(root);
  const server = createServer((req, res) => {
    const file = fileFor(...placeOf(absRoot, mounts, req.url ?? '/'));
    if (file === null || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file === null ? 403 : 405).end();
      return;
    }
    Promise.all([readFile(file), extraHeaders(file)]).then(
      ([body, extra]) => {
        res.writeHead(200, {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
          ...extra,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found'),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
