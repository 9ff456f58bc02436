/** The fixture pages in tests/e2e/pages/ and what the extension should find on them. */
export const fixturePages = {
  /** One assert-stance scaling-laws claim among ordinary paragraphs. */
  scalingLaw: { file: 'scaling-law.html', phrase: /scaling laws?/i, myth: 'scaling-laws' },
  /** No hype at all. */
  plain: { file: 'plain.html' },
  /** Known colour blocks, an input, and listeners for the harness's own checks. */
  harnessCheck: { file: 'harness-check.html' },
} as const;
