/**
 * Why a pack could not be used, as a code the options page words in the
 * user's language, with the details it may show (a status, a place in the
 * pack). Stored with the subscription, so plain data only.
 */
export interface PackError {
  code: PackErrorCode;
  params?: Record<string, string | number>;
}

export type PackErrorCode =
  /** Not a URL at all. */
  | 'bad-url'
  /** Not https (http only for this computer). */
  | 'insecure-url'
  /** Redirected to an address that is not https. */
  | 'insecure-redirect'
  | 'offline'
  /** The request failed: server down, redirect loop, or no CORS header. */
  | 'network'
  | 'timeout'
  /** The server answered with an error status (`params.status`). */
  | 'http'
  | 'too-large'
  | 'html'
  | 'not-json'
  /** The schema or the patterns are wrong (`params.detail`, `params.count`). */
  | 'invalid-pack'
  | 'over-limits'
  | 'too-slow'
  | 'failing-examples'
  | 'duplicate';

/** A PackError from its parts. */
export function packError(code: PackErrorCode, params?: PackError['params']): PackError {
  return params ? { code, params } : { code };
}
