import type { Card, Pack } from './pack-schema';

const card = (verdict: string): Card => ({
  verdict,
  points: ['One.', 'Two.'],
  facts: [],
  links: [{ label: 'Essay', url: 'https://example.org/essay' }],
});

/** A small valid pack with one English myth (robot uprising), for tests to vary. */
export function tinyPack(overrides: Partial<Pack> = {}): Pack {
  return {
    format: 1,
    id: 'tiny',
    name: { en: 'Tiny pack', ko: '작은 팩' },
    version: '1.0.0',
    source: {
      title: 'Essay',
      authors: ['A. Author'],
      published: '2024-06-27',
      url: 'https://example.org/essay',
    },
    languages: ['en'],
    myths: [
      {
        id: 'robot-uprising',
        title: { en: 'Robots will rise', ko: '로봇이 일어선다' },
        patterns: { en: [{ match: 'robot uprising' }] },
        examples: {
          en: {
            match: [{ text: 'The robot uprising is near.', stance: 'assert' }],
            noMatch: ['Robots vacuum floors.'],
          },
        },
        card: { en: card('Robots will not rise.') },
      },
    ],
    ...overrides,
  };
}

/** A pack's card for a myth, for tests that compare cards. */
export function tinyCard(verdict: string): Card {
  return card(verdict);
}
