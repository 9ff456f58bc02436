import { createServer, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { repoRoot } from './paths.js';

/** The fixture packs and the page that shows their myth. */
export const packsDir = resolve(repoRoot, 'tests/e2e/packs');

/**
 * A pack server for the subscription tests, on 127.0.0.1 and a free port.
 * Every route answers with CORS allowed unless it says otherwise:
 *
 * - `/robots.json`, `/second.json`: good packs; `/robots.html`: a page with the robots myth
 * - `/flaky.json`: the robots pack until `failing` is set, then error 500
 * - `/slow.json`: answers after 20 s (past the 15 s limit)
 * - `/huge.json`: 2 MB of JSON, streamed without a Content-Length
 * - `/broken.json`: JSON cut short; `/page.html.json`: an HTML page
 * - `/moved.json`: redirects to `/robots.json`; `/loop.json`: redirects to itself
 * - `/missing.json`: 404; `/error.json`: 500; `/no-cors.json`: the good pack without CORS
 */
export interface PackServer {
  readonly origin: string;
  /** From now on `/flaky.json` answers with error 500 (or the pack again when false). */
  failing: boolean;
  close(): Promise<void>;
}

const CORS = { 'access-control-allow-origin': '*' };
const JSON_TYPE = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
};

async function sendFile(
  res: ServerResponse,
  file: string,
  type: string,
  cors = true,
): Promise<void> {
  const body = await readFile(resolve(packsDir, file));
  res.writeHead(200, { ...(cors ? CORS : {}), 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Starts the pack server. */
export async function servePacks(): Promise<PackServer> {
  const timers = new Set<NodeJS.Timeout>();
  const state = { failing: false };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const pack = (file: string, cors = true) =>
      sendFile(res, file, JSON_TYPE['content-type'], cors).catch(() => res.writeHead(500).end());
    switch (path) {
      case '/robots.json':
      case '/second.json':
        return void pack(path.slice(1));
      case '/robots.html':
        return void sendFile(res, 'robots.html', 'text/html; charset=utf-8');
      case '/flaky.json':
        if (state.failing) return void res.writeHead(500, CORS).end('down for maintenance');
        return void pack('robots.json');
      case '/no-cors.json':
        return void pack('robots.json', false);
      case '/slow.json': {
        const timer = setTimeout(() => void pack('robots.json'), 20_000);
        timers.add(timer);
        return;
      }
      case '/huge.json': {
        res.writeHead(200, { ...CORS, ...JSON_TYPE });
        res.write('{"padding":"');
        for (let i = 0; i < 32; i += 1) res.write('x'.repeat(65536));
        return void res.end('"}');
      }
      case '/broken.json':
        return void res.writeHead(200, { ...CORS, ...JSON_TYPE }).end('{"format": 1, "id": ');
      case '/page.html.json':
        return void res
          .writeHead(200, { ...CORS, 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Sign in</title>');
      case '/moved.json':
        return void res.writeHead(302, { ...CORS, location: '/robots.json' }).end();
      case '/loop.json':
        return void res.writeHead(302, { ...CORS, location: '/loop.json' }).end();
      case '/error.json':
        return void res.writeHead(500, CORS).end('error');
      default:
        return void res.writeHead(404, CORS).end('not found');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get failing() {
      return state.failing;
    },
    set failing(value: boolean) {
      state.failing = value;
    },
    close: () =>
      new Promise<void>((done, fail) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
