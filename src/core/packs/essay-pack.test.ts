import { toMatcherSource } from './to-matcher-source';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match/compile-matcher';
import { checkPackExamples } from './check-pack-examples';
import charts from './essay/charts.json';
import { essayPack } from './essay-pack';
import { LANGS } from './pack-schema';
import { validatePack } from './validate-pack';

/** Every example the pack gets wrong, found once: the same check a subscribed pack must pass. */
const failures = checkPackExamples(essayPack, compileMatcher([toMatcherSource(essayPack)]));
const claims = readFileSync(new URL('../../../tests/fixtures/claims.md', import.meta.url), 'utf8');

/** Digit groups in a text, thousands separators removed ("1,500" → "1500"). */
function digitGroups(text: string): string[] {
  return (text.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).map((d) =>
    d.replace(/\.0+$/, ''),
  );
}

/** Korean units written for claims.md's English ones: 1,500억 = 150 billion, 15조 = 15 trillion. */
const KOREAN_UNITS: Record<string, string> = { '1500': '150', '15': '15' };

const chartNumbers = new Set(
  Object.values(charts).flatMap((chart) =>
    chart.series.flatMap((s) => s.points.flatMap((p) => p.flatMap((v) => digitGroups(String(v))))),
  ),
);
const claimNumbers = new Set(digitGroups(claims));

describe('the bundled essay pack', () => {
  it('passes its own schema and semantic checks', () => {
    expect(validatePack(essayPack)).toEqual({ ok: true, pack: essayPack });
  });

  it('knows every myth of claims.md, each once', () => {
    const ids = essayPack.myths.map((m) => m.id);
    const briefIds = [...claims.matchAll(/^## ([a-z-]+) —/gm)].map((m) => m[1]);
    expect(ids).toEqual(briefIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(essayPack.myths.map((m) => [m.id, m] as const))('%s', (_id, myth) => {
    it.each(LANGS)('is complete in %s', (lang) => {
      expect(myth.title[lang]).toBeTruthy();
      expect(myth.card[lang]?.verdict).toBeTruthy();
      expect(myth.card[lang]?.points.length).toBeGreaterThanOrEqual(2);
      expect(myth.card[lang]?.links.some((l) => l.url === essayPack.source.url)).toBe(true);
      expect(myth.patterns[lang]?.length).toBeGreaterThan(0);
      expect(myth.examples[lang]?.match.length).toBeGreaterThanOrEqual(8);
      expect(myth.examples[lang]?.noMatch.length).toBeGreaterThanOrEqual(8);
    });

    it.each(LANGS)(
      'carries in its %s card only numbers from claims.md or the chart data',
      (lang) => {
        const card = myth.card[lang]!;
        const texts = [card.verdict, ...card.points, ...card.facts.map((f) => f.text)];
        const stray = texts
          .flatMap(digitGroups)
          .filter(
            (n) =>
              !claimNumbers.has(n) &&
              !chartNumbers.has(n) &&
              !claimNumbers.has(KOREAN_UNITS[n] ?? '-'),
          );
        expect(stray).toEqual([]);
      },
    );

    it.each(LANGS)('matches each of its %s match examples with the declared stance', (lang) => {
      const wrong = failures
        .filter((f) => f.myth === myth.id && f.lang === lang && f.kind === 'match')
        .map(({ text, want, got }) => ({ text, want, got }));
      expect(wrong).toEqual([]);
    });

    it.each(LANGS)('flags none of its %s noMatch examples as this myth', (lang) => {
      const flagged = failures
        .filter((f) => f.myth === myth.id && f.lang === lang && f.kind === 'noMatch')
        .map((f) => f.text);
      expect(flagged).toEqual([]);
    });
  });
});
