import { describe, expect, it, vi } from 'vitest';
import { fetchPack, type FetchDeps } from './fetch-pack';

const URL_OK = 'https://packs.example/pack.json';

/** A fetch that answers every request with `response` (its url set as after redirects). */
function answering(body: BodyInit | null, init: ResponseInit = {}, finalUrl = URL_OK): FetchDeps {
  return {
    fetch: vi.fn(async () => {
      const response = new Response(body, init);
      Object.defineProperty(response, 'url', { value: finalUrl });
      return response;
    }),
    online: () => true,
  };
}

const failing = (error: unknown, online = true): FetchDeps => ({
  fetch: vi.fn(async () => {
    throw error;
  }),
  online: () => online,
});

/** A body that streams `chunks` bytes in pieces of 64 kB, ignoring any Content-Length. */
function endless(chunks: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(65536).fill(32));
    },
  });
}

describe('fetchPack', () => {
  it('fetches without cookies or cache, following redirects, with a time limit', async () => {
    const deps = answering('{"format":1}', { headers: { etag: '"v1"' } });
    expect(await fetchPack(URL_OK, deps)).toEqual({ ok: true, text: '{"format":1}', etag: '"v1"' });
    expect(deps.fetch).toHaveBeenCalledWith(
      URL_OK,
      expect.objectContaining({ credentials: 'omit', cache: 'no-store', redirect: 'follow' }),
    );
    const init = vi.mocked(deps.fetch).mock.calls[0]?.[1];
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ['an http address elsewhere', 'http://packs.example/p.json', 'insecure-url'],
    ['something that is no URL', 'packs', 'bad-url'],
  ])('refuses %s before fetching', async (_name, url, code) => {
    const deps = answering('{}');
    expect(await fetchPack(url, deps)).toEqual({ ok: false, error: { code } });
    expect(deps.fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['a 404', answering('no', { status: 404 }), { code: 'http', params: { status: 404 } }],
    ['a 500', answering('no', { status: 500 }), { code: 'http', params: { status: 500 } }],
    [
      'an HTML page',
      answering('<html></html>', { headers: { 'content-type': 'text/html' } }),
      { code: 'html' },
    ],
    [
      'a redirect to plain http',
      answering('{}', {}, 'http://evil.example/p.json'),
      { code: 'insecure-redirect' },
    ],
    [
      'a Content-Length over 1 MB',
      answering('{}', { headers: { 'content-length': String(2 * 1024 * 1024) } }),
      { code: 'too-large', params: { bytes: 2 * 1024 * 1024 } },
    ],
    [
      'a body over 1 MB',
      answering(endless(20)),
      { code: 'too-large', params: { bytes: 17 * 65536 } },
    ],
    ['a time-out', failing(new DOMException('late', 'TimeoutError')), { code: 'timeout' }],
    [
      'a failed fetch (no CORS, loop, down)',
      failing(new TypeError('Failed to fetch')),
      { code: 'network' },
    ],
    [
      'a failed fetch while offline',
      failing(new TypeError('Failed to fetch'), false),
      { code: 'offline' },
    ],
  ])('answers %s with its own error', async (_name, deps, error) => {
    expect(await fetchPack(URL_OK, deps)).toEqual({ ok: false, error });
  });

  it('lets http through on this computer', async () => {
    const local = 'http://127.0.0.1:8080/p.json';
    expect((await fetchPack(local, answering('{}', {}, local))).ok).toBe(true);
  });
});
