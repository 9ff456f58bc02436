// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CardView } from '../core/packs/card-view';
import { renderCard } from './render-card';

const hostile = '<img src=x onerror="globalThis.pwned=1">';

function view(text: string): CardView {
  return {
    myth: 'agi-imminent',
    lang: 'en',
    title: text,
    card: {
      verdict: text,
      points: [text, text],
      facts: [{ text, numbers: [], source: text }],
      links: [
        { label: text, url: 'https://example.org/' },
        { label: 'bad', url: 'javascript:alert(1)' },
      ],
    },
    charts: [],
    source: { title: 'Essay', authors: [], url: 'https://example.org/' },
  };
}

describe('renderCard', () => {
  it('carries the test contract attributes and a dialog role with a name', () => {
    const card = renderCard(document, view('Verdict.'), 'report', 'c1');
    expect(card.dataset.myth).toBe('agi-imminent');
    expect(card.dataset.stance).toBe('report');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector(`#${card.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Verdict.',
    );
  });

  it('shows text that looks like markup as text, never as elements', () => {
    const card = renderCard(document, view(hostile), 'assert', 'c2');
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain(hostile);
  });

  it('drops links that are not https', () => {
    const card = renderCard(document, view('x'), 'assert', 'c3');
    expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/',
    ]);
  });
});
