import { inject } from 'vitest';

/** The URL of a fixture page in tests/e2e/pages/, e.g. pageUrl('plain.html'). */
export function pageUrl(file: string): string {
  return `${inject('pagesOrigin')}/${file}`;
}
