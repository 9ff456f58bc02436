/** UI languages the suite runs the browsers in. */
export type UiLocale = 'en-US' | 'ko-KR';

/** The bare language of a locale: what Firefox language packs and LANGUAGE use. */
export function languageOf(locale: UiLocale): string {
  return locale.split('-')[0] ?? locale;
}

/** An Accept-Language value preferring `locale`. */
export function acceptLanguages(locale: UiLocale): string {
  return `${locale},${languageOf(locale)}`;
}
