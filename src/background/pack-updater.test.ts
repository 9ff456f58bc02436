import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { essayPack } from '../core/packs/essay-pack';
import { DEFAULT_INTERVAL_MS } from '../core/packs/pack-schedule';
import type { Subscription } from '../core/packs/subscription';
import { tinyPack } from '../core/packs/tiny-pack.fixture';
import { loadCopies, loadSubscriptions, updateSubscriptions } from '../shared/pack-store';
import { updateDuePack, updateSubscription, type UpdaterDeps } from './pack-updater';

const A = 'https://a.example/pack.json';
const B = 'https://b.example/pack.json';

let now = 1_000_000;
let serve: (url: string) => Response = () => new Response(JSON.stringify(tinyPack()));
const deps: UpdaterDeps = {
  bundled: () => [essayPack],
  now: () => now,
  online: () => true,
  fetch: vi.fn(async (url: string | URL | Request) => {
    const response = serve(String(url));
    Object.defineProperty(response, 'url', { value: String(url) });
    return response;
  }) as typeof fetch,
};

const subscribe = (...urls: string[]) =>
  updateSubscriptions(() =>
    urls.map((url): Subscription => ({ url, enabled: true, added: 0, failures: 0 })),
  );

describe('the pack updater', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(deps.fetch).mockClear();
    now = 1_000_000;
    serve = () => new Response(JSON.stringify(tinyPack()));
  });

  it('stores a good pack as the last good copy and clears the error', async () => {
    await subscribe(A);
    await updateSubscription(A, deps);
    expect((await loadCopies([A])).get(A)).toEqual({ pack: tinyPack(), savedAt: now });
    expect(await loadSubscriptions()).toEqual([
      { url: A, enabled: true, added: 0, failures: 0, lastChecked: now, lastSuccess: now },
    ]);
  });

  it.each([
    ['the server fails', () => new Response('down', { status: 500 }), 'http'],
    [
      'the server sends HTML',
      () => new Response('<html>', { headers: { 'content-type': 'text/html' } }),
      'html',
    ],
    ['the pack is invalid', () => new Response('{"format":2}'), 'invalid-pack'],
    ['the JSON is broken', () => new Response('{"format":'), 'not-json'],
  ])('keeps the last good copy in force when %s', async (_name, failure, code) => {
    await subscribe(A);
    await updateSubscription(A, deps);
    const first = now;
    now += DEFAULT_INTERVAL_MS;
    serve = failure;
    await updateSubscription(A, deps);
    expect((await loadCopies([A])).get(A)?.savedAt).toBe(first);
    const [sub] = await loadSubscriptions();
    expect(sub).toMatchObject({ lastChecked: now, lastSuccess: first, failures: 1 });
    expect(sub?.lastError?.code).toBe(code);
  });

  it('fetches only the stalest due pack on each alarm, then nothing until one is due', async () => {
    await subscribe(A, B);
    expect(await updateDuePack(deps)).toBe(A);
    expect(await updateDuePack(deps)).toBe(B);
    expect(await updateDuePack(deps)).toBeUndefined();
    expect(deps.fetch).toHaveBeenCalledTimes(2);
    now += DEFAULT_INTERVAL_MS;
    expect(await updateDuePack(deps)).toBe(A);
  });

  it('stores nothing for a subscription removed while it was fetched', async () => {
    await subscribe(A);
    serve = () => {
      void updateSubscriptions(() => []);
      return new Response(JSON.stringify(tinyPack()));
    };
    await updateSubscription(A, deps);
    expect((await loadCopies([A])).size).toBe(0);
  });
});
