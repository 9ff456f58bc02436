import { packError, type PackError } from '../core/packs/pack-error';
import { checkPackUrl } from '../core/packs/pack-url';
import { MAX_PACK_BYTES } from '../core/packs/validate-pack';

/** How long a fetch may take, start to last byte. */
export const FETCH_TIMEOUT_MS = 15_000;

export type Fetched =
  | { ok: true; text: string; etag?: string; lastModified?: string }
  | { ok: false; error: PackError };

export interface FetchDeps {
  fetch: typeof fetch;
  /** Is the browser online? A failed fetch while offline says so. */
  online: () => boolean;
  timeoutMs?: number;
}

const fail = (error: PackError): Fetched => ({ ok: false, error });

/** The body as text, stopping at the pack size limit whatever Content-Length claimed. */
async function readCapped(response: Response): Promise<string | PackError> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_PACK_BYTES) {
      await reader.cancel().catch(() => undefined);
      return packError('too-large', { bytes });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function thrownError(error: unknown, online: boolean): PackError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return packError('timeout');
  // fetch says no more than "Failed to fetch": offline, refused, a redirect loop and missing CORS look alike.
  return packError(online ? 'network' : 'offline');
}

/**
 * Fetches a pack's text from `url`: https only (http on this computer),
 * no cookies, no cache, redirects followed but never to plain http, a
 * 15 s limit, at most 1 MB read, and HTML pages told apart from JSON.
 * Resolves with the text or with why not; never throws.
 */
export async function fetchPack(url: string, deps: FetchDeps): Promise<Fetched> {
  const checked = checkPackUrl(url);
  if (!checked.ok) return fail(checked.error);
  try {
    const response = await deps.fetch(checked.url, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: AbortSignal.timeout(deps.timeoutMs ?? FETCH_TIMEOUT_MS),
    });
    if (response.url && !checkPackUrl(response.url).ok) {
      await response.body?.cancel().catch(() => undefined);
      return fail(packError('insecure-redirect'));
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return fail(packError('http', { status: response.status }));
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > MAX_PACK_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      return fail(packError('too-large', { bytes: length }));
    }
    if (/\bhtml\b/i.test(response.headers.get('content-type') ?? '')) {
      await response.body?.cancel().catch(() => undefined);
      return fail(packError('html'));
    }
    const text = await readCapped(response);
    if (typeof text !== 'string') return fail(text);
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      ok: true,
      text,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    return fail(thrownError(error, deps.online()));
  }
}
