import type { Stance } from '../core/packs/pack-schema';

/** Test contract: highlight names begin with `hype-lens`, one per highlighted stance. */
export const HIGHLIGHT_NAMES = {
  assert: 'hype-lens-assert',
  report: 'hype-lens-report',
} as const satisfies Partial<Record<Stance, string>>;

/** The same highlights for text on a dark background, styled to stay legible there. */
export const DARK_HIGHLIGHT_NAMES = {
  assert: 'hype-lens-assert-dark',
  report: 'hype-lens-report-dark',
} as const satisfies Partial<Record<Stance, string>>;

export type HighlightedStance = keyof typeof HIGHLIGHT_NAMES;
