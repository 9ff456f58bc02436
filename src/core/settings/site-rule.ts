/**
 * The rule that stands for local files: pages without a host. It cannot be
 * a host name, so it never covers a web site.
 */
export const FILE_RULE = 'file://';

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * A site rule as the user typed it, reduced to the host name it stands for:
 * lower case, punycode for international names, no scheme, path, port,
 * leading `*.` or `.`, or trailing dot. Returns null when nothing usable is
 * left (empty, spaces, a scheme that has no host).
 */
export function normaliseSiteRule(input: string): string | null {
  const trimmed = input.trim();
  if (/^file:/i.test(trimmed)) return FILE_RULE;
  const bare = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^(?:\*?\.)+/, '');
  if (bare === '' || /\s/.test(bare)) return null;
  try {
    const host = new URL(`http://${bare}`).hostname.replace(/\.+$/, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/** The host a page belongs to for site rules, or null for pages rules never cover. */
export function pageHost(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return FILE_RULE;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/\.+$/, '');
  return host === '' ? null : host;
}

/**
 * Does a (normalised) rule cover a host? `example.com` covers itself and its
 * subdomains, not `notexample.com`; IP addresses are only ever matched whole.
 */
export function ruleCoversHost(rule: string, host: string): boolean {
  if (rule === host) return true;
  if (IPV4.test(host) || host.startsWith('[')) return false;
  return host.endsWith(`.${rule}`);
}
