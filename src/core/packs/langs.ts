/**
 * The languages a pack can carry; the UI exists in the same two. Kept apart
 * from the schema so the content script can use it without bundling valibot.
 */
export const LANGS = ['en', 'ko'] as const;
