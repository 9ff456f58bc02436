import { packError, type PackError } from './pack-error';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Is `url` one a pack may be fetched from: https, or http on this computer only? */
export function checkPackUrl(
  url: string,
): { ok: true; url: string } | { ok: false; error: PackError } {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, error: packError('bad-url') };
  }
  if (parsed.username || parsed.password) return { ok: false, error: packError('bad-url') };
  const local = parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !local)
    return { ok: false, error: packError('insecure-url') };
  parsed.hash = '';
  return { ok: true, url: parsed.href };
}
