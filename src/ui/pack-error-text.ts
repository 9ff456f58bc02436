import type { PackError } from '../core/packs/pack-error';
import type { UiText } from './ui-text';

/** Why a pack could not be used, in plain words in the user's language. */
export function packErrorText(error: PackError, t: UiText): string {
  const detail = String(error.params?.detail ?? '');
  const count = Number(error.params?.count ?? 1);
  switch (error.code) {
    case 'bad-url':
      return t.errBadUrl;
    case 'insecure-url':
      return t.errInsecureUrl;
    case 'insecure-redirect':
      return t.errInsecureRedirect;
    case 'offline':
      return t.errOffline;
    case 'network':
      return t.errNetwork;
    case 'timeout':
      return t.errTimeout;
    case 'http':
      return t.errHttp(Number(error.params?.status ?? 0));
    case 'too-large':
      return t.errTooLarge;
    case 'html':
      return t.errHtml;
    case 'not-json':
      return t.errNotJson(detail);
    case 'invalid-pack':
      return t.errInvalidPack(detail);
    case 'over-limits':
      return t.errOverLimits(detail);
    case 'too-slow':
      return t.errTooSlow(Number(error.params?.ms ?? 0));
    case 'failing-examples':
      return t.errFailingExamples(count, detail);
    case 'duplicate':
      return t.errDuplicate;
    default:
      return t.errNetwork;
  }
}
