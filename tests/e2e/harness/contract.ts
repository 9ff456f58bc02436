import type { Rgb } from './pixels.js';

/**
 * What the extension promises outside tools (see the E2E brief). Change a
 * value here and every test follows.
 */
export const contract = {
  /** Every highlight the extension registers in CSS.highlights starts with this. */
  highlightPrefix: 'hype-lens',
  /** One highlight per stance; 'reject' is never highlighted. */
  assertHighlight: 'hype-lens-assert',
  reportHighlight: 'hype-lens-report',
  /** performance.measure name recorded after each full scan. */
  scanMeasure: 'hype-lens:scan',
  /** performance.measure name recorded after each batch of page changes is followed. */
  rescanMeasure: 'hype-lens:rescan',
  /** The single UI host element (open shadow root), child of <html>. */
  uiTag: 'hype-lens-ui',
  /** Background colour of an assert highlight on white: rgba(255, 196, 0, 0.45) in assets/highlights.css. */
  assertColour: [255, 228, 140] as Rgb,
  /** Euclidean RGB distance still counted as that colour (anti-aliasing, colour management). */
  colourTolerance: 40,
  /** Hover delay before the card shows, and grace period before it hides (ms). */
  hoverDelayMs: 400,
  leaveGraceMs: 300,
} as const;
